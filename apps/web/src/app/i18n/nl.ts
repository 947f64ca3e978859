import { nlAdmin } from './nl/admin';
import { nlLearning } from './nl/learning';
import { nlAuth } from './nl/auth';
import { nlDiscussions } from './nl/discussions';
import { nlMeetings } from './nl/meetings';
import { nlForms } from './nl/forms';
import { nlNotificationSettings } from './nl/notificationSettings';
import { nlPages } from './nl/pages';
import { nlPeople } from './nl/people';
import { nlPractices } from './nl/practices';
import { nlSearch } from './nl/search';
import { nlShell } from './nl/shell';
import { nlThemes } from './nl/themes';
import { nlFiles } from './nl/files';
import { errorTexts } from './errors';

// Dutch is the platform's first language. Every other language file must have the
// same shape (see `Messages`), so a missing translation is a type error.
// The features' texts live beside this file in nl/ (and en/).
export const nl = {
  site: {
    name: 'Lerend Netwerk',
    tagline: 'Intergemeentelijke samenwerking rond integratie',
    skipToContent: 'Naar de inhoud',
    primaryNavigation: 'Hoofdnavigatie',
    language: 'Taal',
    footer:
      'Een initiatief van het Agentschap Binnenlands Bestuur, het Agentschap Integratie en Inburgering en de Vereniging van Vlaamse Steden en Gemeenten.',
    calendarFeed: 'Agenda van de ontmoetingsmomenten (iCalendar)',
    openData: 'Open data',
  },
  openData: {
    title: 'Open data',
    lead: 'Alles wat het netwerk publiek maakt, als bestanden om te hergebruiken: voor elke Vlaamse gemeente, onderzoeker of journalist.',
    download: 'Download de open data (ZIP)',
    contents: 'Wat zit erin',
    files: {
      organisations: 'de publieke organisaties: gemeenten, OCMW’s en samenwerkingsverbanden, met hun leden',
      meetings: 'de publieke bijeenkomsten, met datum, plaats en of ze doorgaan',
      practices: 'de gepubliceerde goede praktijken, met hun volledige tekst',
      themes: 'de thema’s, met hun status en hoeveel leden ze steunen',
      reports: 'de pilootprojecten en wanneer elk rapport verwacht wordt (niet de inhoud)',
    },
    format: 'Formaat',
    formatBody:
      'Een ZIP met elk bestand als CSV (UTF-8, komma’s) en als JSON, en een README die elke kolom uitlegt. Tijdstippen in ISO 8601 (UTC). Het bestand wordt om de tien minuten opnieuw opgemaakt.',
    notIncluded: 'Wat er niet in zit',
    notIncludedBody:
      'Niets wat alleen voor leden is (discussies, verslagen, ledenlijsten, inhoud van rapporten) en geen namen of gegevens van personen.',
    licence: 'Licentie',
    licenceBody:
      'De gegevens vallen onder de Modellicentie Gratis Hergebruik Vlaanderen v1.0: je mag ze gratis hergebruiken, ook commercieel, als je de bron vermeldt (“Lerend Netwerk intergemeentelijke samenwerking rond integratie”).',
    licenceLink: 'Lees de modellicentie',
    api: 'Voor ontwikkelaars',
    apiBody: 'Hetzelfde bestand staat op {{url}}, ook zonder browser (bv. curl), met ETag om onnodige downloads te vermijden.',
  },
  nav: {
    home: 'Startpagina',
    about: 'Over het netwerk',
    members: 'Leden',
    meetings: 'Ontmoetingsmomenten',
    organisations: 'Organisaties',
    projects: 'Pilootprojecten',
    membersArea: 'Ledenruimte',
    discussions: 'Discussies',
    themes: 'Thema’s',
    practices: 'Goede praktijken',
  },
  languages: {
    nl: 'Nederlands',
    en: 'English',
  },
  common: {
    loading: 'Bezig met laden…',
    loadError: 'De gegevens konden niet geladen worden. Probeer het later opnieuw.',
    retry: 'Opnieuw proberen',
    loadMore: 'Meer tonen',
    cancel: 'Annuleren',
    close: 'Sluiten',
  },
  notFound: {
    title: 'Pagina niet gevonden',
    body: 'Deze pagina bestaat niet (meer).',
    back: 'Terug naar de startpagina',
  },
  landing: {
    documentTitle: 'Lerend Netwerk – intergemeentelijke samenwerking rond integratie',
    title: 'Lerend Netwerk intergemeentelijke samenwerking rond integratie',
    lead: 'Lokale besturen die samenwerken rond de integratie van personen met buitenlandse herkomst, leren hier van elkaar.',
    origin:
      'Het Agentschap Binnenlands Bestuur startte het Lerend Netwerk samen met het Agentschap Integratie en Inburgering en de Vereniging van Vlaamse Steden en Gemeenten (VVSG). Zeven intergemeentelijke pilootprojecten kregen een subsidie; het netwerk laat hen van elkaar leren en staat ook open voor andere intergemeentelijke samenwerkingen rond integratie.',
    bottomUp:
      'Het netwerk werkt bottom-up: de leden wisselen ervaringen uit, brengen knelpunten en handvatten in kaart en tonen oplossingsstrategieën die voortkomen uit samenwerking.',
    competencesIntro: 'Samen bouwen we aan sleutelcompetenties van het lokaal integratiebeleid:',
    sharing:
      'Wat in de projecten geleerd wordt, delen we met alle gemeenten in Vlaanderen: via ontmoetingsmomenten, publicaties en goede voorbeelden.',
    membersTitle: 'Leden van het netwerk',
    membersCount_one: '{{count}} organisatie',
    membersCount_other: '{{count}} organisaties',
    membersEmpty: 'Er zijn nog geen leden om te tonen.',
    groups: {
      coordinating: 'Coördinerende organisaties',
      pilotProjects: 'Gesubsidieerde pilootprojecten',
      cooperations: 'Andere samenwerkingsverbanden',
      other: 'Andere leden',
    },
    membersOf: 'Leden van {{name}}',
    pilotProject: 'Pilootproject: {{title}}',
    meetingsTitle: 'Komende ontmoetingsmomenten',
    meetingsTimeZone: 'Alle tijden zijn in Belgische tijd.',
    meetingsEmpty: 'Er zijn momenteel geen ontmoetingsmomenten gepland.',
    allMeetings: 'Alle ontmoetingsmomenten en de kalender',
    location: 'Locatie',
    online: 'Online',
    joinOnline: 'Online deelnemen',
    membersOnly: 'Enkel voor leden',
    addToCalendar: 'In je agenda zetten (.ics)',
    addToCalendarOf: '{{title}} in je agenda zetten (.ics)',
    practicesTitle: 'Recentste goede praktijken',
  },
  badge: {
    subsidised: 'Gesubsidieerd pilootproject',
  },
  organisationType: {
    MUNICIPALITY: 'Gemeente',
    OCMW: 'OCMW',
    PARTNERSHIP: 'Intergemeentelijk samenwerkingsverband',
    WELFARE_REGION: 'Welzijnsregio',
    AGENCY: 'Agentschap',
    ASSOCIATION: 'Vereniging',
    OTHER: 'Andere organisatie',
  },
  projectFocus: {
    RECEPTION: 'Onthaalbeleid',
    INCLUSIVE: 'Inclusief integratiebeleid',
  },
  competence: {
    RESISTANCE: 'Omgaan met weerstand',
    SUPPORT_AND_URGENCY: 'Draagvlak en urgentiebesef creëren, op politiek en ambtelijk niveau en in de brede samenleving',
    STRATEGIC_THINKING: 'Strategisch denken',
    COMMUNICATION: 'Communicatie',
    OTHER: 'Andere',
  },
  ...nlForms,
  ...nlFiles,
  ...nlLearning,
  ...nlAuth,
  ...nlPages,
  ...nlAdmin,
  ...nlDiscussions,
  ...nlMeetings,
  ...nlNotificationSettings,
  ...nlPeople,
  ...nlThemes,
  ...nlSearch,
  ...nlPractices,
  ...nlShell,
  apiMessages: errorTexts('nl'),
};

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
export type Messages = Shape<typeof nl>;
