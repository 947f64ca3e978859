import type { Locale } from '@ln/domain';

// Validation messages in the viewer's language (Dutch first).
export const MESSAGES = {
  required: { nl: 'Vul dit veld in.', en: 'Please fill in this field.' },
  tooLong: { nl: 'Maximaal {max} tekens.', en: 'At most {max} characters.' },
  tooShort: { nl: 'Minstens {min} tekens.', en: 'At least {min} characters.' },
  email: { nl: 'Geef een geldig e-mailadres.', en: 'Enter a valid e-mail address.' },
  url: { nl: 'Geef een volledige link die begint met https://', en: 'Enter a full link starting with https://' },
  emailTaken: { nl: 'Er bestaat al een account met dit e-mailadres.', en: 'An account with this e-mail address already exists.' },
  unknownOrganisation: { nl: 'Deze organisatie bestaat niet (meer).', en: 'This organisation does not exist (any more).' },
  invalidCredentials: { nl: 'E-mailadres of wachtwoord klopt niet.', en: 'E-mail address or password is incorrect.' },
  invalidToken: { nl: 'Deze link is ongeldig of verlopen. Vraag een nieuwe aan.', en: 'This link is invalid or has expired. Request a new one.' },
  outOfRange: { nl: 'Kies een getal van {min} tot {max}.', en: 'Choose a number from {min} to {max}.' },
  invalidCharacter: { nl: 'Bevat een teken dat niet kan (een nulteken of een losse surrogaathelft).', en: 'Contains a character that is not allowed (a NUL or a lone surrogate).' },
  serviceUnavailable: {
    nl: 'Het platform kan je verzoek nu even niet verwerken. Probeer het over enkele seconden opnieuw.',
    en: 'The platform cannot handle your request right now. Please try again in a few seconds.',
  },
  fixFields: { nl: 'Controleer de gemarkeerde velden.', en: 'Please check the marked fields.' },
} as const;

export type MessageKey = keyof typeof MESSAGES;

export function message(locale: Locale, key: MessageKey, params: Record<string, string | number> = {}): string {
  return fill(MESSAGES[key][locale], params);
}

/** A message's `{name}` placeholders filled in. */
export function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}

/** The viewer's language from Accept-Language: English when asked for first, Dutch otherwise. */
export function localeFrom(acceptLanguage: string | string[] | undefined): Locale {
  const value = Array.isArray(acceptLanguage) ? acceptLanguage[0] : acceptLanguage;
  return value?.trim().toLowerCase().startsWith('en') ? 'en' : 'nl';
}
