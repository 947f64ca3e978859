import { TZDate } from '@date-fns/tz';
import { TIME_ZONE } from '@ln/domain';

export interface MeetingReportData {
  title: string;
  description?: string | null;
  startsAt: Date;
  endsAt: Date;
  location?: string | null;
  onlineUrl?: string | null;
  cancelledAt?: Date | null;
  cancelReason?: string | null;
  agenda: Array<{ position: number; title: string; presenter?: string | null }>;
  /** Null when the reader may not see them (not a member). */
  minutes: string | null | undefined;
  attendance: Array<{ organisation: string; attendees: number }> | null;
  themes: Array<{ id: string; title: string; status: string; supportCount: number }>;
  /** Threads opened at the meeting; null when the reader may not see them (not a member). */
  threads: Array<{ id: string; title: string; postCount: number }> | null;
  url: string;
  /** The site's address, for links to themes and threads. */
  siteUrl: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "28-03-2026 14:00" in Europe/Brussels. */
export function brusselsDateTime(instant: Date): string {
  const d = new TZDate(instant.getTime(), TIME_ZONE);
  return `${pad(d.getDate())}-${pad(d.getMonth() + 1)}-${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Markdown text is data: characters that would start markup are escaped. */
function inline(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1').replace(/\r?\n/g, ' ');
}

/** The downloadable meeting report: agenda, minutes, attendance per organisation, themes and threads (Dutch, like the UI). */
export function meetingReportMarkdown(data: MeetingReportData): string {
  const lines: string[] = [`# ${inline(data.title)}`, ''];
  lines.push(`- **Wanneer:** ${brusselsDateTime(data.startsAt)} – ${brusselsDateTime(data.endsAt).slice(11)} (Brusselse tijd)`);
  if (data.location) lines.push(`- **Waar:** ${inline(data.location)}`);
  if (data.onlineUrl) lines.push(`- **Online:** <${data.onlineUrl}>`);
  if (data.cancelledAt) lines.push(`- **Geannuleerd:** ${inline(data.cancelReason ?? '')}`);
  lines.push(`- **Pagina:** <${data.url}>`, '');
  if (data.description) lines.push(inline(data.description), '');

  lines.push('## Agenda', '');
  if (data.agenda.length === 0) lines.push('_Geen agendapunten._');
  for (const item of data.agenda)
    lines.push(`${item.position}. ${inline(item.title)}${item.presenter ? ` — ${inline(item.presenter)}` : ''}`);
  lines.push('');

  if (data.minutes !== null) {
    // Minutes are the facilitators' own Markdown: kept as written.
    lines.push('## Verslag', '', data.minutes?.trim() || '_Nog geen verslag._', '');
  }
  if (data.attendance !== null) {
    lines.push('## Aanwezigheid per organisatie', '');
    if (data.attendance.length === 0) lines.push('_Nog geen aanwezigheden geregistreerd._');
    else
      lines.push(
        '| Organisatie | Aanwezigen |',
        '| --- | ---: |',
        ...data.attendance.map((a) => `| ${inline(a.organisation)} | ${a.attendees} |`),
      );
    lines.push('');
  }
  lines.push('## Thema’s', '');
  if (data.themes.length === 0) lines.push('_Geen thema’s verzameld._');
  for (const theme of data.themes) {
    lines.push(`- [${inline(theme.title)}](${data.siteUrl}/themas/${theme.id}) (${theme.status}, ${theme.supportCount} steun)`);
  }
  lines.push('');
  if (data.threads !== null) {
    lines.push('## Discussies', '');
    if (data.threads.length === 0) lines.push('_Geen discussies geopend._');
    for (const thread of data.threads) {
      lines.push(`- [${inline(thread.title)}](${data.siteUrl}/discussies/${thread.id}) (${thread.postCount} bijdragen)`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
