import { Competence, OrganisationType, ProjectFocus, ThemeStatus } from '@ln/domain';

// The demo network, built from the source document (shared/docs/source-document-nl.txt).
// The document names neither the seven projects nor the nine OCMW's: those names say "demo" on purpose.

export const DEMO_PASSWORD = 'demo-password-2026';

export const COORDINATING_BODIES = [
  { slug: 'agentschap-binnenlands-bestuur', name: 'Agentschap Binnenlands Bestuur', type: OrganisationType.AGENCY },
  { slug: 'agentschap-integratie-en-inburgering', name: 'Agentschap Integratie en Inburgering', type: OrganisationType.AGENCY },
  { slug: 'vvsg', name: 'Vereniging van Vlaamse Steden en Gemeenten', type: OrganisationType.ASSOCIATION },
] as const;

export interface DemoProject {
  letter: string;
  focus: ProjectFocus;
  municipalities: number;
}

// "Een aantal projecten zijn gericht op een onthaalbeleid, andere op een inclusief integratiebeleid."
export const PILOT_PROJECTS: DemoProject[] = [
  { letter: 'A', focus: ProjectFocus.RECEPTION, municipalities: 3 },
  { letter: 'B', focus: ProjectFocus.RECEPTION, municipalities: 4 },
  { letter: 'C', focus: ProjectFocus.RECEPTION, municipalities: 2 },
  { letter: 'D', focus: ProjectFocus.INCLUSIVE, municipalities: 3 },
  { letter: 'E', focus: ProjectFocus.INCLUSIVE, municipalities: 5 },
  { letter: 'F', focus: ProjectFocus.INCLUSIVE, municipalities: 3 },
  { letter: 'G', focus: ProjectFocus.RECEPTION, municipalities: 2 },
];

export const SUBSIDY_PERIOD = { startsOn: '2015-12-01', endsOn: '2018-11-30' } as const;

/** Interim progress report: end of May 2017. The final reports follow the subsidy period; their date is demo data. */
export const REPORT_DUE = { interim: '2017-05-31', afterEnd: '2019-02-28' } as const;

export const NOORD_LIMBURG = { slug: 'welzijnsregio-noord-limburg', name: 'Welzijnsregio Noord-Limburg', ocmwCount: 9 } as const;

export const COMPETENCES = [
  {
    code: Competence.RESISTANCE,
    nameNl: 'Omgaan met weerstand',
    nameEn: 'Dealing with resistance',
    descriptionNl: 'Omgaan met weerstand tegen het integratiebeleid.',
  },
  {
    code: Competence.SUPPORT_AND_URGENCY,
    nameNl: 'Draagvlak en urgentiebesef',
    nameEn: 'Support and sense of urgency',
    descriptionNl: 'Draagvlak en urgentiebesef creëren voor integratie op politiek en ambtelijk niveau, maar ook in de brede samenleving.',
  },
  {
    code: Competence.STRATEGIC_THINKING,
    nameNl: 'Strategisch denken',
    nameEn: 'Strategic thinking',
    descriptionNl: 'Strategisch denken binnen het lokaal integratiebeleid.',
  },
  {
    code: Competence.COMMUNICATION,
    nameNl: 'Communicatie',
    nameEn: 'Communication',
    descriptionNl: 'Communicatie over het lokaal integratiebeleid.',
  },
] as const;

/** Themes collected at the first meeting, in the document's own words. */
export const FIRST_MEETING_THEMES = [
  { title: 'Omgaan met weerstand', competences: [Competence.RESISTANCE] },
  {
    title: 'Draagvlak en urgentiebesef op politiek en ambtelijk niveau',
    competences: [Competence.SUPPORT_AND_URGENCY],
  },
  { title: 'Draagvlak voor integratie in de brede samenleving', competences: [Competence.SUPPORT_AND_URGENCY, Competence.COMMUNICATION] },
  { title: 'Strategisch denken in intergemeentelijke samenwerking', competences: [Competence.STRATEGIC_THINKING] },
  { title: 'Communicatie over integratie', competences: [Competence.COMMUNICATION] },
  { title: 'Van projectmatige aanpak naar duurzame verankering', competences: [Competence.STRATEGIC_THINKING] },
].map((theme) => ({ ...theme, status: ThemeStatus.ADOPTED }));

/**
 * Two public practices so the library and the landing page show what the network publishes. The source document
 * describes no concrete practice: these are demo content, marked "(demo)".
 */
export const DEMO_PRACTICES = [
  {
    title: 'Eén intake voor nieuwkomers over drie besturen heen (demo)',
    slug: 'een-intake-voor-nieuwkomers-over-drie-besturen-heen-demo',
    summary: 'Drie lokale besturen delen één intakegesprek en één dossier, zodat een nieuwkomer zijn verhaal maar één keer vertelt.',
    body:
      'Een pilootproject van het netwerk bracht het eerste onthaalgesprek van drie besturen samen.\n\n' +
      '## Wat werkte\n\n- één gedeeld intakeformulier\n- een vaste onthaalmedewerker per regio\n- **maandelijks casusoverleg** met het OCMW\n\n' +
      '## Knelpunten onderweg\n\nDe privacyafspraken tussen de besturen vroegen meer tijd dan gepland.',
    competences: [Competence.STRATEGIC_THINKING, Competence.COMMUNICATION],
  },
  {
    title: 'Draagvlak bij lokale mandatarissen: een werkbezoek in plaats van een nota (demo)',
    slug: 'draagvlak-bij-lokale-mandatarissen-een-werkbezoek-in-plaats-van-een-nota-demo',
    summary:
      'Schepenen en raadsleden bezochten samen een taalcafé en een onthaalbureau; daarna kwam het integratiebeleid vlotter op de agenda.',
    body:
      'Een werkbezoek maakte het integratiebeleid tastbaar voor mandatarissen van de samenwerkende besturen.\n\n' +
      '1. Kies een concrete plek waar nieuwkomers en vrijwilligers elkaar ontmoeten.\n2. Laat een nieuwkomer zelf vertellen.\n3. Sluit af met één vraag aan het beleid.',
    competences: [Competence.SUPPORT_AND_URGENCY, Competence.RESISTANCE],
  },
];
