import type { EntityManager } from '@mikro-orm/postgresql';
import { OrganisationType, ProjectFocus, ReportKind, ThemeStatus } from '@ln/domain';

/** One file of the open data: its rows, and what its columns mean (for the README). */
export interface OpenDataTable {
  name: string;
  title: string;
  description: string;
  columns: Array<{ name: string; description: string }>;
  rows: Array<Record<string, string | number | boolean | null>>;
}

type Row = Record<string, string | number | boolean | Date | null>;

/** Public organisations only: admitted and with visibility PUBLIC. */
const PUBLIC_ORGANISATION = `o.admitted_at is not null and o.visibility = 'PUBLIC'`;

const iso = (value: unknown) => (value instanceof Date ? value.toISOString() : ((value as string | null) ?? null));

async function query(em: EntityManager, sql: string): Promise<Row[]> {
  return em.getConnection().execute<Row[]>(sql);
}

/**
 * The public content of the network as tables, each read in one statement. Only what anyone may read on the public
 * site: public organisations, public meetings, published public practices, themes with their support counts (never
 * who supports them), pilot projects and their reports' schedule (never a report's content). No person is named.
 */
export async function openDataTables(em: EntityManager, siteUrl: string): Promise<OpenDataTable[]> {
  const [organisations, meetings, practices, themes, reports] = await Promise.all([
    query(
      em,
      `select o.id, o.name, o.type, o.region, o.website, o.subsidised, o.description,
         (select string_agg(m.name, '; ' order by m.name) from organisation_member om join organisation m on m.id = om.member_id
           where om.partnership_id = o.id and m.admitted_at is not null and m.visibility = 'PUBLIC') as members
       from organisation o where ${PUBLIC_ORGANISATION} order by o.name, o.id`,
    ),
    query(
      em,
      `select id, title, description, starts_at, ends_at, location, online_url, capacity, cancelled_at
       from meeting where visibility = 'PUBLIC' order by starts_at, id`,
    ),
    query(
      em,
      `select p.id, p.slug, p.title, p.summary, p.body, array_to_string(p.competences, '; ') as competences, t.title as theme,
         (select o.name from organisation o where o.id = p.organisation_id and ${PUBLIC_ORGANISATION}) as organisation,
         array_to_string(p.links, ' ') as links,
         (select string_agg(f.id::text, ' ' order by f.position, f.created_at) from stored_file f where f.practice_id = p.id) as file_ids,
         p.published_at
       from practice p left join theme t on t.id = p.theme_id
       where p.visibility = 'PUBLIC' and p.status = 'PUBLISHED' order by p.published_at, p.id`,
    ),
    query(
      em,
      `select id, title, description, status, array_to_string(competences, '; ') as competences, support_count, created_at
       from theme order by created_at, id`,
    ),
    query(
      em,
      `select pp.id as project_id, pp.title as project, pp.focus, pp.starts_on::text as starts_on, pp.ends_on::text as ends_on,
         (select o.name from organisation o where o.id = pp.partnership_id and ${PUBLIC_ORGANISATION}) as partnership,
         (select o.name from organisation o where o.id = pp.lead_organisation_id and ${PUBLIC_ORGANISATION}) as lead_organisation,
         r.kind as report_kind, r.due_on::text as report_due_on, (r.submitted_at is not null) as report_submitted,
         (r.reviewed_at is not null) as report_approved
       from pilot_project pp left join project_report r on r.project_id = pp.id order by pp.title, r.due_on, r.kind`,
    ),
  ]);
  return [
    {
      name: 'organisations',
      title: 'Organisaties',
      description: 'De publieke organisaties van het netwerk: gemeenten, OCMW’s, samenwerkingsverbanden.',
      columns: [
        { name: 'id', description: 'Vaste sleutel (UUID).' },
        { name: 'name', description: 'Naam.' },
        { name: 'type', description: `Soort: ${Object.values(OrganisationType).join(', ')}.` },
        { name: 'region', description: 'Streek, indien opgegeven.' },
        { name: 'website', description: 'Website, indien opgegeven.' },
        { name: 'subsidised', description: 'true als het samenwerkingsverband een gesubsidieerd pilootproject draagt.' },
        { name: 'description', description: 'Beschrijving (Markdown), indien opgegeven.' },
        { name: 'members', description: 'Voor een samenwerkingsverband: de publieke leden, gescheiden door “; ”.' },
      ],
      rows: organisations.map((row) => ({ ...row }) as OpenDataTable['rows'][number]),
    },
    {
      name: 'meetings',
      title: 'Publieke bijeenkomsten',
      description: 'Bijeenkomsten van het netwerk die voor iedereen zichtbaar zijn (geen verslagen, geen deelnemers).',
      columns: [
        { name: 'id', description: 'Vaste sleutel (UUID).' },
        { name: 'title', description: 'Titel.' },
        { name: 'description', description: 'Beschrijving, indien opgegeven.' },
        { name: 'starts_at', description: 'Begin (ISO 8601, UTC).' },
        { name: 'ends_at', description: 'Einde (ISO 8601, UTC).' },
        { name: 'location', description: 'Locatie, indien opgegeven.' },
        { name: 'online_url', description: 'Link naar de onlinebijeenkomst, indien opgegeven.' },
        { name: 'capacity', description: 'Maximum aantal deelnemers; leeg voor onbeperkt.' },
        { name: 'cancelled_at', description: 'Tijdstip van annulering; leeg als de bijeenkomst doorgaat.' },
      ],
      rows: meetings.map((row) => ({
        ...row,
        starts_at: iso(row['starts_at']),
        ends_at: iso(row['ends_at']),
        cancelled_at: iso(row['cancelled_at']),
      })),
    },
    {
      name: 'practices',
      title: 'Goede praktijken',
      description: 'Gepubliceerde, publieke goede praktijken.',
      columns: [
        { name: 'id', description: 'Vaste sleutel (UUID).' },
        { name: 'slug', description: 'Deel van het webadres.' },
        { name: 'url', description: 'Webadres van de praktijk.' },
        { name: 'title', description: 'Titel.' },
        { name: 'summary', description: 'Korte samenvatting.' },
        { name: 'body', description: 'Volledige tekst (Markdown).' },
        { name: 'competences', description: 'Sleutelcompetenties, gescheiden door “; ”.' },
        { name: 'theme', description: 'Thema, indien gekoppeld.' },
        { name: 'organisation', description: 'Organisatie, indien gekoppeld en publiek.' },
        { name: 'links', description: 'Links naar bijlagen of verdere lectuur, gescheiden door een spatie.' },
        { name: 'files', description: 'Webadressen van de documenten en afbeeldingen bij de praktijk, gescheiden door een spatie.' },
        { name: 'published_at', description: 'Publicatiedatum (ISO 8601, UTC).' },
      ],
      rows: practices.map((row) => ({
        id: row['id'] as string,
        slug: row['slug'] as string,
        url: `${siteUrl}/praktijken/${row['slug'] as string}`,
        title: row['title'] as string,
        summary: row['summary'] as string,
        body: row['body'] as string,
        competences: row['competences'] as string,
        theme: row['theme'] as string | null,
        organisation: row['organisation'] as string | null,
        links: row['links'] as string,
        files: ((row['file_ids'] as string | null) ?? '')
          .split(' ')
          .filter(Boolean)
          .map((id) => `${siteUrl}/files/${id}`)
          .join(' '),
        published_at: iso(row['published_at']),
      })),
    },
    {
      name: 'themes',
      title: 'Thema’s',
      description: 'De thema’s die leden voorstelden, met hun status en het aantal steunbetuigingen (niet wie steunt).',
      columns: [
        { name: 'id', description: 'Vaste sleutel (UUID).' },
        { name: 'title', description: 'Titel.' },
        { name: 'description', description: 'Beschrijving, indien opgegeven.' },
        { name: 'status', description: `Status: ${Object.values(ThemeStatus).join(', ')}.` },
        { name: 'competences', description: 'Sleutelcompetenties, gescheiden door “; ”.' },
        { name: 'support_count', description: 'Aantal leden dat het thema steunt.' },
        { name: 'created_at', description: 'Voorgesteld op (ISO 8601, UTC).' },
      ],
      rows: themes.map((row) => ({ ...row, created_at: iso(row['created_at']) })),
    },
    {
      name: 'pilot-project-reports',
      title: 'Pilootprojecten en hun rapportering',
      description: 'De gesubsidieerde pilootprojecten en wanneer elk rapport verwacht wordt; niet de inhoud van de rapporten.',
      columns: [
        { name: 'project_id', description: 'Vaste sleutel van het project (UUID).' },
        { name: 'project', description: 'Naam van het project.' },
        { name: 'focus', description: `Focus van het project: ${Object.values(ProjectFocus).join(', ')}.` },
        { name: 'starts_on', description: 'Begin van de subsidieperiode (JJJJ-MM-DD).' },
        { name: 'ends_on', description: 'Einde van de subsidieperiode (JJJJ-MM-DD).' },
        { name: 'partnership', description: 'Het samenwerkingsverband dat het project draagt.' },
        { name: 'lead_organisation', description: 'De trekker van het project.' },
        { name: 'report_kind', description: `Soort rapport: ${Object.values(ReportKind).join(', ')}.` },
        { name: 'report_due_on', description: 'Uiterste datum (JJJJ-MM-DD).' },
        { name: 'report_submitted', description: 'true als het rapport is ingediend.' },
        { name: 'report_approved', description: 'true als het rapport is goedgekeurd.' },
      ],
      rows: reports.map((row) => ({ ...row }) as OpenDataTable['rows'][number]),
    },
  ];
}
