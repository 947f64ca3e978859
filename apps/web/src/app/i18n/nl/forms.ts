import { sharedValidationTexts } from '../errors';

// Shared by every form: validation before sending, the error summary, request errors by code.
export const nlForms = {
  form: {
    summaryTitle: 'Er is een probleem',
    errorPrefix: 'Fout:',
    validation: {
      ...sharedValidationTexts('nl'),
      // Only the forms check these: a date or a time typed in a field.
      date: 'Geef een geldige datum.',
      time: 'Geef een geldig uur, bv. 14:30.',
      filesUploading: 'Wacht tot alle bestanden opgeladen zijn, of verwijder wat niet lukte.',
    },
  },
  errors: {
    UNAUTHENTICATED: 'Je bent niet (meer) aangemeld. Meld je opnieuw aan.',
    FORBIDDEN: 'Je hebt hiervoor geen toegang.',
    NOT_FOUND: 'Dit bestaat niet (meer).',
    BAD_USER_INPUT: 'Controleer de gegevens.',
    CONFLICT: 'Iemand anders heeft dit intussen gewijzigd. Laad de pagina opnieuw en probeer nog eens.',
    RATE_LIMITED: 'Te veel pogingen. Wacht even en probeer opnieuw.',
    QUERY_TOO_COMPLEX: 'Deze vraag is te groot voor de server.',
    SERVICE_UNAVAILABLE: 'Het platform kan je verzoek nu even niet verwerken. Probeer het over enkele seconden opnieuw.',
    INTERNAL_SERVER_ERROR: 'Er ging iets mis op de server. Probeer het later opnieuw.',
    NETWORK: 'De server is niet bereikbaar. Controleer je verbinding en probeer opnieuw.',
  },
};
