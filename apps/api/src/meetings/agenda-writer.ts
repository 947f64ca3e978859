import type { EntityManager } from '@mikro-orm/postgresql';
import type { Locale } from '@ln/domain';
import { badInput, type FieldErrors } from '../common/errors/domain-error';
import { errorMessage } from '../common/errors/error-messages';
import { isUuid } from '../common/ids';
import { message } from '../common/i18n/messages';
import { Organisation } from '../organisations/organisation.entity';
import { AgendaItem } from './agenda-item.entity';
import type { Meeting } from './meeting.entity';
import type { Theme } from '../themes/theme.entity';

export interface AgendaLine {
  id: string | null;
  title: string;
  presenterOrganisationId: string | null;
}

/**
 * Writes a meeting's agenda as given, at positions 1..n. Kept items (by id) keep their identity and threads;
 * items left out are removed. Positions are first moved out of the way (negated) so the unique (meeting, position)
 * constraint never sees two items on one place while they are renumbered.
 */
export async function writeAgenda(tx: EntityManager, meeting: Meeting, lines: AgendaLine[], locale: Locale, isNew: boolean): Promise<void> {
  const existing = isNew
    ? new Set<string>()
    : new Set((await tx.execute<Array<{ id: string }>>('select id from agenda_item where meeting_id = ?', [meeting.id])).map((r) => r.id));
  const errors: FieldErrors = {};
  const presenterIds = [...new Set(lines.map((l) => l.presenterOrganisationId).filter((id): id is string => !!id))];
  const known = new Set(
    presenterIds.every(isUuid) && presenterIds.length ? (await tx.find(Organisation, { id: { $in: presenterIds } })).map((o) => o.id) : [],
  );
  lines.forEach((line, index) => {
    if (line.presenterOrganisationId && !known.has(line.presenterOrganisationId)) {
      errors[`agenda.${index}.presenterOrganisationId`] = message(locale, 'unknownOrganisation');
    }
    if (line.id && !existing.has(line.id)) errors[`agenda.${index}.id`] = errorMessage('agendaItemNotInMeeting', locale);
  });
  if (Object.keys(errors).length) throw badInput(errors, message(locale, 'fixFields'));

  const kept = lines.map((l) => l.id).filter((id): id is string => !!id);
  if (!isNew) {
    await tx.execute(`delete from agenda_item where meeting_id = ? and not (id = any(?::uuid[]))`, [meeting.id, `{${kept.join(',')}}`]);
    await tx.execute('update agenda_item set position = -position where meeting_id = ?', [meeting.id]);
  }
  for (const [index, line] of lines.entries()) {
    if (line.id) {
      await tx.execute('update agenda_item set position = ?, title = ?, presenter_id = ? where id = ?', [
        index + 1,
        line.title,
        line.presenterOrganisationId,
        line.id,
      ]);
    } else {
      tx.create(AgendaItem, {
        meeting,
        position: index + 1,
        title: line.title,
        presenter: line.presenterOrganisationId ? tx.getReference(Organisation, line.presenterOrganisationId) : null,
      });
    }
  }
}

/** Replaces the invited organisations; unknown ids name the field. */
export async function writeInvitations(tx: EntityManager, meeting: Meeting, ids: string[], locale: Locale): Promise<void> {
  const unique = [...new Set(ids)];
  const found = unique.every(isUuid) && unique.length ? await tx.find(Organisation, { id: { $in: unique } }) : [];
  if (found.length !== unique.length) throw badInput({ invitedOrganisationIds: message(locale, 'unknownOrganisation') });
  if (!meeting.invitedOrganisations.isInitialized()) await meeting.invitedOrganisations.init();
  meeting.invitedOrganisations.set(found);
}

/** Adds themes at the end of a meeting's agenda (titled after them) and bumps its version; the caller holds its lock. */
export async function appendThemesToAgenda(tx: EntityManager, meeting: Meeting, themes: readonly Theme[]): Promise<void> {
  if (themes.length === 0) return;
  const [{ max }] = await tx.execute<Array<{ max: number | null }>>('select max(position) as max from agenda_item where meeting_id = ?', [
    meeting.id,
  ]);
  themes.forEach((theme, index) => tx.create(AgendaItem, { meeting, position: (max ?? 0) + index + 1, title: theme.title, theme }));
  meeting.version += 1;
}
