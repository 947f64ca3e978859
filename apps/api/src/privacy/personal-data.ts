import type { EntityManager } from '@mikro-orm/postgresql';

type Row = Record<string, string | number | boolean | Date | null>;

/** One part of a member's data: a JSON file and a readable Markdown rendering. */
export interface PersonalDataPart {
  name: string;
  title: string;
  rows: Row[];
  /** How one row reads in the Markdown file. */
  line: (row: Row) => string;
}

const when = (value: Row[string] | undefined) => (value instanceof Date ? value.toISOString() : value == null ? '' : String(value));

/**
 * Everything the platform holds about one person, each part in one statement. Only their own: their posts (not the
 * replies of others), their registrations, supports, notifications, preferences, memberships and sessions (never a
 * session's token).
 */
export async function personalData(em: EntityManager, userId: string, siteUrl: string): Promise<PersonalDataPart[]> {
  const run = (sql: string) => em.getConnection().execute<Row[]>(sql, [userId]);
  const [
    profile,
    memberships,
    requests,
    threads,
    posts,
    practices,
    registrations,
    supports,
    reactions,
    follows,
    notifications,
    preferences,
    sessions,
    moderation,
    files,
  ] = await Promise.all([
    run(`select id, email, display_name, role, locale, created_at from app_user where id = ?`),
    run(`select o.name as organisation, m.created_at as since from membership m join organisation o on o.id = m.organisation_id
           where m.user_id = ? order by m.created_at`),
    run(`select o.name as organisation, r.status, r.message, r.created_at, r.decided_at from membership_request r
           join organisation o on o.id = r.organisation_id where r.user_id = ? order by r.created_at`),
    run(`select id, title, created_at from thread where author_id = ? order by created_at, id`),
    run(`select p.id, p.thread_id, t.title as thread_title, p.body, p.created_at, p.edited_at, p.deleted_at, p.hidden_at, p.hidden_reason
           from post p join thread t on t.id = p.thread_id where p.author_id = ? order by p.created_at, p.id`),
    run(`select id, slug, title, summary, body, status, visibility, published_at, created_at from practice where author_id = ?
           order by created_at, id`),
    run(`select m.title as meeting, m.starts_at, r.status, r.attended, r.created_at from meeting_registration r
           join meeting m on m.id = r.meeting_id where r.user_id = ? order by m.starts_at, r.id`),
    run(
      `select t.title as theme, s.created_at from theme_support s join theme t on t.id = s.theme_id where s.user_id = ? order by s.created_at`,
    ),
    run(`select post_id, reaction, created_at from reaction where user_id = ? order by created_at`),
    run(`select f.created_at, t.title as thread, th.title as theme from follow f left join thread t on t.id = f.thread_id
           left join theme th on th.id = f.theme_id where f.user_id = ? order by f.created_at`),
    run(`select kind, subject, link, created_at, read_at from notification where user_id = ? order by created_at, id`),
    run(`select kind, email from notification_preference where user_id = ? order by kind`),
    run(`select created_at, expires_at, revoked_at from auth_session where user_id = ? order by created_at`),
    run(`select at, action, details from audit_entry where person_id = ? and action in ('POST_HIDDEN', 'POST_SHOWN') order by at`),
    run(`select id, name, media_type, bytes, alt, created_at, attached_at,
                case when report_id is not null then 'report' when practice_id is not null then 'practice'
                     when post_id is not null then 'post' when meeting_id is not null then 'meeting' end as attached_to
           from stored_file where uploaded_by_id = ? order by created_at, id`),
  ]);
  return [
    {
      name: 'profile',
      title: 'Profiel',
      rows: profile,
      line: (r) =>
        `${String(r['display_name'])} <${String(r['email'])}>, rol ${String(r['role'])}, taal ${String(r['locale'])}, sinds ${when(r['created_at'])}`,
    },
    {
      name: 'memberships',
      title: 'Lidmaatschappen',
      rows: memberships,
      line: (r) => `${String(r['organisation'])}, sinds ${when(r['since'])}`,
    },
    {
      name: 'membership-requests',
      title: 'Lidmaatschapsaanvragen',
      rows: requests,
      line: (r) =>
        `${String(r['organisation'])}: ${String(r['status'])} (${when(r['created_at'])})${r['message'] ? ` — ${String(r['message'])}` : ''}`,
    },
    {
      name: 'threads',
      title: 'Discussies die je startte',
      rows: threads,
      line: (r) => `[${String(r['title'])}](${siteUrl}/discussies/${String(r['id'])}) — ${when(r['created_at'])}`,
    },
    {
      name: 'posts',
      title: 'Je bijdragen',
      rows: posts,
      line: (r) =>
        `**${when(r['created_at'])}** in “${String(r['thread_title'])}”${r['deleted_at'] ? ' (verwijderd)' : ''}${r['hidden_at'] ? ` (verborgen: ${String(r['hidden_reason'])})` : ''}\n\n${String(r['body'])}\n`,
    },
    {
      name: 'practices',
      title: 'Goede praktijken die je deelde',
      rows: practices,
      line: (r) =>
        `[${String(r['title'])}](${siteUrl}/praktijken/${String(r['slug'])}) — ${String(r['status'])}, ${String(r['visibility'])}\n\n${String(r['summary'])}\n`,
    },
    {
      name: 'registrations',
      title: 'Inschrijvingen voor bijeenkomsten',
      rows: registrations,
      line: (r) =>
        `${String(r['meeting'])} (${when(r['starts_at'])}): ${String(r['status'])}${r['attended'] === true ? ', aanwezig' : r['attended'] === false ? ', afwezig' : ''}`,
    },
    {
      name: 'theme-supports',
      title: 'Thema’s die je steunt',
      rows: supports,
      line: (r) => `${String(r['theme'])}, sinds ${when(r['created_at'])}`,
    },
    {
      name: 'reactions',
      title: 'Je reacties op bijdragen',
      rows: reactions,
      line: (r) => `${String(r['reaction'])} op bijdrage ${String(r['post_id'])} (${when(r['created_at'])})`,
    },
    {
      name: 'follows',
      title: 'Wat je volgt',
      rows: follows,
      line: (r) => `${String(r['thread'] ?? r['theme'])}, sinds ${when(r['created_at'])}`,
    },
    {
      name: 'notifications',
      title: 'Meldingen',
      rows: notifications,
      line: (r) => `${when(r['created_at'])}: ${String(r['subject'])}${r['read_at'] ? '' : ' (ongelezen)'}`,
    },
    { name: 'preferences', title: 'Voorkeuren voor e-mail', rows: preferences, line: (r) => `${String(r['kind'])}: ${String(r['email'])}` },
    {
      name: 'sessions',
      title: 'Aanmeldsessies',
      rows: sessions,
      line: (r) =>
        `aangemeld ${when(r['created_at'])}, geldig tot ${when(r['expires_at'])}${r['revoked_at'] ? `, afgemeld ${when(r['revoked_at'])}` : ''}`,
    },
    {
      name: 'moderation',
      title: 'Moderatie van je bijdragen',
      rows: moderation,
      line: (r) => `${when(r['at'])}: ${String(r['action'])} ${JSON.stringify(r['details'])}`,
    },
    {
      name: 'files',
      title: 'Bestanden die je oplaadde (te downloaden via de link, zolang je ze mag lezen)',
      rows: files.map((r) => ({ ...r, url: `${siteUrl}/files/${String(r['id'])}` })),
      line: (r) =>
        `${String(r['name'])} (${String(r['media_type'])}, ${String(r['bytes'])} bytes), ${when(r['created_at'])}: ${String(r['url'])}`,
    },
  ];
}

/** A part as Markdown: a heading and one item per row. */
export function partAsMarkdown(part: PersonalDataPart): string {
  const items = part.rows.length ? part.rows.map((row) => `- ${part.line(row).replace(/\n/g, '\n  ')}`).join('\n') : '_(niets)_';
  return `# ${part.title}\n\n${items}\n`;
}

/** JSON with times as ISO 8601. */
export function partAsJson(part: PersonalDataPart): string {
  return `${JSON.stringify(part.rows, (_key, value: unknown) => (value instanceof Date ? value.toISOString() : value), 2)}\n`;
}
