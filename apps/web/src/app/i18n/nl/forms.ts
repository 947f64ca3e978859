// Shared by every form: validation before sending, the error summary, request errors by code.
export const nlForms = {
  form: {
    summaryTitle: 'Er is een probleem',
    errorPrefix: 'Fout:',
    validation: {
      required: 'Vul dit veld in.',
      email: 'Geef een geldig e-mailadres, bv. naam@gemeente.be.',
      httpsUrl: 'Geef een volledige link die begint met https://',
      tooShort: 'Minstens {{min}} tekens.',
      tooLong: 'Maximaal {{max}} tekens.',
      url: 'Geef een volledige link die begint met https:// of http://',
      date: 'Geef een geldige datum.',
      time: 'Geef een geldig uur, bv. 14:30.',
      endBeforeStart: 'Het einde moet na het begin liggen.',
      startInPast: 'Het begin ligt in het verleden.',
      place: 'Geef een locatie of een onlinelink.',
      capacity: 'Kies een capaciteit tussen 1 en {{max}}, of laat leeg voor onbeperkt.',
      agendaSize: 'Maximaal {{max}} agendapunten.',
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
