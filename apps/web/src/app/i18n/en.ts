import { enAdmin } from './en/admin';
import { enLearning } from './en/learning';
import { enAuth } from './en/auth';
import { enDiscussions } from './en/discussions';
import { enMeetings } from './en/meetings';
import { enForms } from './en/forms';
import { enNotificationSettings } from './en/notificationSettings';
import { enPages } from './en/pages';
import { enPeople } from './en/people';
import { enPractices } from './en/practices';
import { enSearch } from './en/search';
import { enShell } from './en/shell';
import { enThemes } from './en/themes';
import { enFiles } from './en/files';
import type { Messages } from './nl';
import { errorTexts } from './errors';

export const en: Messages = {
  site: {
    name: 'Lerend Netwerk',
    tagline: 'Intermunicipal cooperation on integration',
    skipToContent: 'Skip to content',
    primaryNavigation: 'Main navigation',
    language: 'Language',
    footer:
      'An initiative of the Agency for Domestic Governance, the Agency for Integration and Civic Integration and the Association of Flemish Cities and Municipalities.',
    calendarFeed: 'Calendar of meetings (iCalendar)',
    openData: 'Open data',
  },
  openData: {
    title: 'Open data',
    lead: 'Everything the network publishes, as files to reuse: for every Flemish municipality, researcher or journalist.',
    download: 'Download the open data (ZIP)',
    contents: 'What is in it',
    files: {
      organisations: 'the public organisations: municipalities, OCMWs and partnerships, with their members',
      meetings: 'the public meetings, with date, place and whether they take place',
      practices: 'the published good practices, with their full text',
      themes: 'the themes, with their status and how many members support them',
      reports: 'the pilot projects and when each report is due (not its content)',
    },
    format: 'Format',
    formatBody:
      'A ZIP with each file as CSV (UTF-8, commas) and as JSON, and a README that explains every column. Times in ISO 8601 (UTC). The file is made again every ten minutes.',
    notIncluded: 'What is not in it',
    notIncludedBody:
      'Nothing that is for members only (discussions, minutes, member lists, report contents) and no names or data of people.',
    licence: 'Licence',
    licenceBody:
      'The data are published under the Flemish model licence for free reuse (Modellicentie Gratis Hergebruik Vlaanderen v1.0): you may reuse them free of charge, also commercially, if you name the source (“Lerend Netwerk intergemeentelijke samenwerking rond integratie”).',
    licenceLink: 'Read the model licence',
    api: 'For developers',
    apiBody: 'The same file is at {{url}}, also without a browser (e.g. curl), with an ETag to avoid needless downloads.',
  },
  nav: {
    home: 'Home',
    about: 'About the network',
    members: 'Members',
    meetings: 'Meetings',
    organisations: 'Organisations',
    projects: 'Pilot projects',
    membersArea: "Members' area",
    discussions: 'Discussions',
    themes: 'Themes',
    practices: 'Good practices',
  },
  languages: {
    nl: 'Nederlands',
    en: 'English',
  },
  common: {
    loading: 'Loading…',
    loadError: 'The data could not be loaded. Please try again later.',
    retry: 'Try again',
    loadMore: 'Show more',
    cancel: 'Cancel',
    close: 'Close',
  },
  notFound: {
    title: 'Page not found',
    body: 'This page does not exist (any more).',
    back: 'Back to the home page',
  },
  landing: {
    documentTitle: 'Lerend Netwerk – intermunicipal cooperation on integration',
    title: 'Learning network for intermunicipal cooperation on integration',
    lead: 'Local governments that work together on the integration of people of foreign origin learn from each other here.',
    origin:
      'The Agency for Domestic Governance started the Lerend Netwerk together with the Agency for Integration and Civic Integration and the Association of Flemish Cities and Municipalities (VVSG). Seven intermunicipal pilot projects received a subsidy; the network lets them learn from each other and is open to other intermunicipal cooperations on integration.',
    bottomUp:
      'The network works bottom-up: members exchange experience, map bottlenecks and levers, and show solution strategies that came out of cooperation.',
    competencesIntro: 'Together we build key competences of local integration policy:',
    sharing: 'What the projects learn is shared with all municipalities in Flanders: through meetings, publications and good examples.',
    membersTitle: 'Members of the network',
    membersCount_one: '{{count}} organisation',
    membersCount_other: '{{count}} organisations',
    membersEmpty: 'There are no members to show yet.',
    groups: {
      coordinating: 'Coordinating bodies',
      pilotProjects: 'Subsidised pilot projects',
      cooperations: 'Other cooperations',
      other: 'Other members',
    },
    membersOf: 'Members of {{name}}',
    pilotProject: 'Pilot project: {{title}}',
    meetingsTitle: 'Upcoming meetings',
    meetingsTimeZone: 'All times are Belgian time.',
    meetingsEmpty: 'No meetings are planned at the moment.',
    allMeetings: 'All meetings and the calendar',
    location: 'Location',
    online: 'Online',
    joinOnline: 'Join online',
    membersOnly: 'Members only',
    addToCalendar: 'Add to your calendar (.ics)',
    addToCalendarOf: 'Add to your calendar (.ics): {{title}}',
    practicesTitle: 'Latest good practices',
  },
  badge: {
    subsidised: 'Subsidised pilot project',
  },
  organisationType: {
    MUNICIPALITY: 'Municipality',
    OCMW: 'OCMW (public social welfare centre)',
    PARTNERSHIP: 'Intermunicipal partnership',
    WELFARE_REGION: 'Welfare region',
    AGENCY: 'Agency',
    ASSOCIATION: 'Association',
    OTHER: 'Other organisation',
  },
  projectFocus: {
    RECEPTION: 'Reception policy',
    INCLUSIVE: 'Inclusive integration policy',
  },
  competence: {
    RESISTANCE: 'Dealing with resistance',
    SUPPORT_AND_URGENCY: 'Creating support and a sense of urgency, at political and administrative level and in society at large',
    STRATEGIC_THINKING: 'Strategic thinking',
    COMMUNICATION: 'Communication',
    OTHER: 'Other',
  },
  ...enForms,
  ...enFiles,
  ...enLearning,
  ...enAuth,
  ...enPages,
  ...enAdmin,
  ...enDiscussions,
  ...enMeetings,
  ...enNotificationSettings,
  ...enPeople,
  ...enThemes,
  ...enSearch,
  ...enPractices,
  ...enShell,
  apiMessages: errorTexts('en'),
};
