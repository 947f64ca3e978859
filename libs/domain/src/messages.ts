import type { Locale } from './limits.js';

/**
 * What the platform says when it refuses or a field is wrong, by key, in both languages — one table for the API
 * (which words errors in the viewer's language and sends the key along: `extensions.messageKey`, `fieldKeys`) and
 * the web app (which translates those keys with i18next, `apiMessages.<key>`). Placeholders are written `{name}`.
 */
const VALIDATION_MESSAGES = {
  required: { nl: 'Vul dit veld in.', en: 'Please fill in this field.' },
  tooLong: { nl: 'Maximaal {max} tekens.', en: 'At most {max} characters.' },
  tooShort: { nl: 'Minstens {min} tekens.', en: 'At least {min} characters.' },
  email: {
    nl: 'Geef een geldig e-mailadres, bv. naam@gemeente.be.',
    en: 'Enter a valid e-mail address, e.g. name@municipality.be.',
  },
  url: {
    nl: 'Geef een volledige link die begint met https:// of http://',
    en: 'Enter a full link starting with https:// or http://',
  },
  emailTaken: { nl: 'Er bestaat al een account met dit e-mailadres.', en: 'An account with this e-mail address already exists.' },
  unknownOrganisation: { nl: 'Deze organisatie bestaat niet (meer).', en: 'This organisation does not exist (any more).' },
  invalidCredentials: { nl: 'E-mailadres of wachtwoord klopt niet.', en: 'E-mail address or password is incorrect.' },
  invalidToken: {
    nl: 'Deze link is ongeldig of verlopen. Vraag een nieuwe aan.',
    en: 'This link is invalid or has expired. Request a new one.',
  },
  fileNotAvailable: {
    nl: 'Dit bestand is niet (meer) beschikbaar: laad het opnieuw op.',
    en: 'This file is not available (any more): upload it again.',
  },
  altRequired: {
    nl: 'Beschrijf kort wat de afbeelding toont (voor wie ze niet kan zien).',
    en: 'Describe briefly what the image shows (for those who cannot see it).',
  },
  tooManyFiles: { nl: 'Maximaal {max} bestanden.', en: 'At most {max} files.' },
  outOfRange: { nl: 'Kies een getal van {min} tot {max}.', en: 'Choose a number from {min} to {max}.' },
  invalidCharacter: {
    nl: 'Bevat een teken dat niet kan (een nulteken of een losse surrogaathelft).',
    en: 'Contains a character that is not allowed (a NUL or a lone surrogate).',
  },
  serviceUnavailable: {
    nl: 'Het platform kan je verzoek nu even niet verwerken. Probeer het over enkele seconden opnieuw.',
    en: 'The platform cannot handle your request right now. Please try again in a few seconds.',
  },
  fixFields: { nl: 'Controleer de gemarkeerde velden.', en: 'Please check the marked fields.' },
  assessmentEveryCompetence: {
    nl: 'Geef een score voor elk van de vier sleutelcompetenties, elk één keer.',
    en: 'Give a score for each of the four key competences, once each.',
  },
  // The meeting rules (brokenMeetingRules).
  endBeforeStart: { nl: 'Het einde moet na het begin liggen.', en: 'The end must be after the start.' },
  startInPast: { nl: 'Het begin ligt in het verleden.', en: 'The start is in the past.' },
  capacity: {
    nl: 'Kies een capaciteit tussen 1 en {max}, of laat leeg voor onbeperkt.',
    en: 'Choose a capacity between 1 and {max}, or leave it empty for no limit.',
  },
  place: { nl: 'Geef een locatie of een onlinelink.', en: 'Enter a location or an online link.' },
  agendaSize: { nl: 'Maximaal {max} agendapunten.', en: 'At most {max} agenda items.' },
} as const satisfies Record<string, Record<Locale, string>>;

export const ERROR_MESSAGES = {
  ...VALIDATION_MESSAGES,
  notFound: { nl: 'Niet gevonden.', en: 'Not found.' },
  forbidden: { nl: 'Je hebt hiervoor geen toegang.', en: 'You do not have access to this.' },
  unauthenticated: { nl: 'Meld je aan om verder te gaan.', en: 'Please sign in to continue.' },
  sessionInvalid: {
    nl: 'Je sessie is verlopen of ongeldig. Meld je opnieuw aan.',
    en: 'Your session has expired or is invalid. Please sign in again.',
  },
  conflict: {
    nl: 'Iemand anders heeft dit intussen gewijzigd. Laad opnieuw en probeer nog eens.',
    en: 'Someone else has changed this in the meantime. Reload and try again.',
  },
  rateLimited: { nl: 'Te veel pogingen. Wacht even en probeer opnieuw.', en: 'Too many attempts. Wait a moment and try again.' },
  busy: {
    nl: 'Het is nu erg druk. Probeer het over enkele seconden opnieuw.',
    en: 'It is very busy right now. Please try again in a few seconds.',
  },
  loginThrottled: {
    nl: 'Te veel aanmeldpogingen. Probeer opnieuw over {minutes} minuten.',
    en: 'Too many sign-in attempts. Try again in {minutes} minutes.',
  },

  httpOnly: {
    nl: 'Aanmelden, registreren en afmelden gaan enkel over HTTP (POST /graphql), niet over de WebSocket.',
    en: 'Signing in, registering and signing out work over HTTP only (POST /graphql), not over the WebSocket.',
  },
  invalidCursor: { nl: 'Ongeldige cursor.', en: 'Invalid cursor.' },
  pageSizeRange: { nl: 'Kies een aantal tussen 1 en {max}.', en: 'Choose a number from 1 to {max}.' },
  periodEndBeforeStart: { nl: 'Het einde van de periode ligt vóór het begin.', en: 'The end of the period is before its start.' },
  unknownNotificationKind: { nl: 'Onbekende soort melding.', en: 'Unknown kind of notification.' },
  agendaItemNotInMeeting: {
    nl: 'Dit agendapunt hoort niet bij deze bijeenkomst.',
    en: 'This agenda item does not belong to this meeting.',
  },
  noLongerExists: { nl: 'Bestaat niet (meer).', en: 'Does not exist (any more).' },
  replyOutsideThread: {
    nl: 'Je kan enkel antwoorden op een bijdrage in deze discussie.',
    en: 'You can only reply to a contribution in this discussion.',
  },
  organisationNameTaken: { nl: 'Er bestaat al een organisatie met deze naam.', en: 'An organisation with this name already exists.' },
  staffOnly: {
    nl: 'Dit is voorbehouden aan de facilitatoren van het netwerk.',
    en: 'This is reserved for the facilitators of the network.',
  },
  membersOnly: {
    nl: 'Dit is voorbehouden aan leden van het netwerk. Je lidmaatschap is nog niet goedgekeurd.',
    en: 'This is reserved for members of the network. Your membership has not been approved yet.',
  },

  membershipRequestNotFound: { nl: 'Deze aanvraag bestaat niet.', en: 'This request does not exist.' },
  membershipRequestDecided: { nl: 'Over deze aanvraag werd al beslist.', en: 'This request has already been decided.' },
  membershipNotFound: { nl: 'Dit lidmaatschap bestaat niet.', en: 'This membership does not exist.' },
  alreadyMember: { nl: 'Je bent al lid van deze organisatie.', en: 'You are already a member of this organisation.' },
  personNotFound: { nl: 'Deze persoon bestaat niet.', en: 'This person does not exist.' },
  lastAdmin: { nl: 'Er moet minstens één beheerder overblijven.', en: 'At least one administrator must remain.' },
  organisationNotFound: { nl: 'Deze organisatie bestaat niet.', en: 'This organisation does not exist.' },
  organisationAlreadyAdmitted: { nl: 'Deze organisatie is al toegelaten.', en: 'This organisation has already been admitted.' },

  projectNotFound: { nl: 'Dit pilootproject bestaat niet.', en: 'This pilot project does not exist.' },
  reportNotFound: { nl: 'Dit rapport bestaat niet.', en: 'This report does not exist.' },
  reportNotFoundForProject: { nl: 'Dit rapport bestaat niet voor dit project.', en: 'This report does not exist for this project.' },
  reportAlreadyApproved: { nl: 'Dit rapport is al goedgekeurd.', en: 'This report has already been approved.' },
  reportNotAwaitingReview: {
    nl: 'Dit rapport wacht niet (meer) op een beoordeling.',
    en: 'This report is not (or no longer) awaiting review.',
  },
  reportProjectMembersOnly: {
    nl: 'Enkel leden van de organisaties van dit project dienen zijn rapporten in.',
    en: "Only members of this project's organisations submit its reports.",
  },

  meetingNotFound: { nl: 'Deze bijeenkomst bestaat niet.', en: 'This meeting does not exist.' },
  meetingCancelled: { nl: 'Deze bijeenkomst is geannuleerd.', en: 'This meeting has been cancelled.' },
  meetingAlreadyCancelled: { nl: 'Deze bijeenkomst is al geannuleerd.', en: 'This meeting has already been cancelled.' },
  meetingPast: { nl: 'Deze bijeenkomst is al voorbij.', en: 'This meeting is already over.' },
  registrationNotFound: { nl: 'Deze inschrijving bestaat niet.', en: 'This registration does not exist.' },
  notRegistered: { nl: 'Je bent niet ingeschreven voor deze bijeenkomst.', en: 'You are not registered for this meeting.' },
  personNotRegistered: {
    nl: 'Deze persoon is niet ingeschreven voor deze bijeenkomst.',
    en: 'This person is not registered for this meeting.',
  },

  meetingNotVisible: {
    nl: 'Deze bijeenkomst bestaat niet of is niet zichtbaar voor jou.',
    en: 'This meeting does not exist or is not visible to you.',
  },
  practiceNotVisible: {
    nl: 'Deze praktijk bestaat niet of is niet zichtbaar voor jou.',
    en: 'This practice does not exist or is not visible to you.',
  },
  calendarLinkInvalid: { nl: 'Deze agenda-link is ongeldig of ingetrokken.', en: 'This calendar link is invalid or has been revoked.' },
  themeMapMembersOnly: {
    nl: 'De kaart van een thema komt uit de discussies van het netwerk en is enkel voor leden.',
    en: "A theme's map comes from the network's discussions and is for members only.",
  },
  themeNotFound: { nl: 'Dit thema bestaat niet.', en: 'This theme does not exist.' },
  threadNotFound: { nl: 'Deze discussie bestaat niet.', en: 'This discussion does not exist.' },
  postNotFound: { nl: 'Deze bijdrage bestaat niet.', en: 'This contribution does not exist.' },
  postGone: { nl: 'Deze bijdrage bestaat niet (meer).', en: 'This contribution does not exist (any more).' },
  postDeleted: { nl: 'Deze bijdrage is verwijderd.', en: 'This contribution has been deleted.' },
  ownPostsOnlyEdit: { nl: 'Je kan enkel je eigen bijdragen bewerken.', en: 'You can only edit your own contributions.' },
  ownPostsOnlyDelete: {
    nl: 'Je kan enkel je eigen bijdragen verwijderen. Facilitatoren kunnen een bijdrage verbergen.',
    en: 'You can only delete your own contributions. Facilitators can hide a contribution.',
  },

  practiceNotFound: { nl: 'Deze praktijk bestaat niet.', en: 'This practice does not exist.' },
  practiceDeleteOwnOnly: {
    nl: 'Alleen wie de praktijk schreef of een facilitator kan ze verwijderen.',
    en: 'Only the author of the practice or a facilitator can delete it.',
  },
  practiceNotAwaitingReview: { nl: 'Deze praktijk wacht niet op een beoordeling.', en: 'This practice is not awaiting review.' },
  practiceReviewStaffOnly: {
    nl: 'Alleen facilitatoren zien praktijken in beoordeling.',
    en: 'Only facilitators see practices under review.',
  },

  assessmentProjectMembersOnly: {
    nl: 'Alleen leden van de organisaties van dit project kunnen de zelfevaluatie invullen.',
    en: 'Only members of this project’s organisations can fill in its self-assessment.',
  },
  sameMeeting: { nl: 'Kies een andere bijeenkomst dan de vorige.', en: 'Choose a meeting other than the previous one.' },
  accountAlreadyLeaving: {
    nl: 'Dit account wordt al verwijderd.',
    en: 'This account is already being deleted.',
  },
  lastAdminCannotLeave: {
    nl: 'Je bent de laatste beheerder: geef eerst iemand anders de rol van beheerder.',
    en: 'You are the last administrator: first give someone else the administrator role.',
  },
  personalDataExportNotFound: {
    nl: 'Dit bestand met je gegevens bestaat niet (meer). Vraag je gegevens opnieuw op via je profiel.',
    en: 'This file with your data does not exist (any more). Ask for your data again on your profile.',
  },
  fileTooLarge: {
    nl: 'Dit bestand is te groot: maximaal {max}.',
    en: 'This file is too large: at most {max}.',
  },
  fileTypeNotAllowed: {
    nl: 'Dit soort bestand kan niet: kies een PDF, Word-, Excel-, PowerPoint- of OpenDocument-bestand, CSV, tekst of een PNG-, JPEG- of WebP-afbeelding.',
    en: 'This kind of file is not accepted: choose a PDF, Word, Excel, PowerPoint or OpenDocument file, CSV, text or a PNG, JPEG or WebP image.',
  },
  fileUnreadable: {
    nl: 'Deze afbeelding kan niet gelezen worden: is ze beschadigd?',
    en: 'This image cannot be read: is it damaged?',
  },
  noFileInUpload: { nl: 'Er zat geen bestand in de upload.', en: 'The upload held no file.' },
  uploadNeedsHeader: {
    nl: 'Uploads komen enkel van de toepassing zelf (de kop X-LN-Upload ontbreekt).',
    en: 'Uploads come from the application itself only (the X-LN-Upload header is missing).',
  },
  tooManyPendingUploads: {
    nl: 'Je hebt al veel bestanden opgeladen die nog nergens bij horen: voeg ze eerst toe, of wacht een dag tot ze verdwijnen.',
    en: 'You already uploaded many files that are not attached to anything yet: attach them first, or wait a day until they are removed.',
  },
  fileNotFound: { nl: 'Dit bestand bestaat niet (meer).', en: 'This file does not exist (any more).' },
  roundHasNoDocuments: {
    nl: 'Nog geen enkel rapport van deze ronde heeft documenten.',
    en: 'No report of this round has documents yet.',
  },
  auditLogAdminsOnly: { nl: 'Alleen beheerders zien het logboek.', en: 'Only administrators see the audit log.' },
  invalidDate: { nl: 'Geef een geldige datum (JJJJ-MM-DD).', en: 'Enter a valid date (YYYY-MM-DD).' },
  unknownAuditAction: { nl: 'Deze actie bestaat niet in het logboek.', en: 'This action does not exist in the audit log.' },
} as const satisfies Record<string, Record<Locale, string>>;

/** The keys of field-level (validation) messages. */
export type ValidationMessageKey = keyof typeof VALIDATION_MESSAGES;
export type ErrorMessageKey = keyof typeof ERROR_MESSAGES;
export type ErrorMessageParams = Record<string, string | number>;

export function isErrorMessageKey(value: unknown): value is ErrorMessageKey {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(ERROR_MESSAGES, value);
}

/** A message's `{name}` placeholders filled in. */
export function fillMessage(template: string, params: ErrorMessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}

export function errorMessage(key: ErrorMessageKey, locale: Locale, params: ErrorMessageParams = {}): string {
  return fillMessage(ERROR_MESSAGES[key][locale], params);
}
