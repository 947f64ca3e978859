import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import { INPUT_RULES, PostKind, type Locale } from '@ln/domain';
import type { Viewer } from '../common/auth/viewer';
import { invalidField, notFound } from '../common/errors/domain-error';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { byIdLoader } from '../common/graphql/loaders';
import { decodeOffsetCursor, offsetConnection, pageSize, type Connection } from '../common/graphql/pagination';
import { isUuid } from '../common/ids';
import { InputValidator } from '../common/validation';
import { LeanRows } from '../common/database/lean-rows';
import { AgendaItem } from '../meetings/agenda-item.entity';
import { Meeting } from '../meetings/meeting.entity';
import { User } from '../people/user.entity';
import { PilotProject } from '../projects/pilot-project.entity';
import { Theme } from '../themes/theme.entity';
import type { StartThreadInput, ThreadFilter } from './discussion.models';
import { PostsService } from './posts.service';
import { Thread } from './thread.entity';
import { ThreadActivity } from './thread-activity';

@Injectable()
export class ThreadsService {
  constructor(
    private readonly em: EntityManager,
    private readonly posts: PostsService,
    private readonly lean: LeanRows,
    private readonly activity: ThreadActivity,
  ) {}

  async list(filter: ThreadFilter | null | undefined, first?: number | null, after?: string | null): Promise<Connection<Thread>> {
    const limit = pageSize(first);
    const offset = decodeOffsetCursor(after);
    const where: FilterQuery<Thread> = {};
    for (const [field, id] of [
      ['theme', filter?.themeId],
      ['meeting', filter?.meetingId],
      ['pilotProject', filter?.pilotProjectId],
    ] as const) {
      if (!id) continue;
      if (!isUuid(id)) return offsetConnection([], 0, 0);
      Object.assign(where, { [field]: id });
    }
    const [nodes, total] = await this.em.findAndCount(Thread, where, { orderBy: { lastActivityAt: 'desc', id: 'asc' }, limit, offset });
    return offsetConnection(nodes, offset, total);
  }

  /** Read-only (lean): for showing a thread, not for changing it. */
  async byId(id: string): Promise<Thread | null> {
    if (!isUuid(id)) return null;
    return (await this.lean.byIds(Thread, [id])).at(0) ?? null;
  }

  byIdBatched(context: GraphqlContext, id: string): Promise<Thread | null> {
    return byIdLoader(context, this.lean, Thread).load(id);
  }

  /** A new thread with its first post; what it hangs on must exist. */
  async start(viewer: Viewer, input: StartThreadInput, locale: Locale): Promise<Thread> {
    const v = new InputValidator(locale);
    const fields = v.input(INPUT_RULES.startThread, input);
    if (!input.themeId && !input.meetingId && !input.pilotProjectId) {
      v.fail('themeId', 'required');
    }
    v.done();
    const subjects = {
      theme: await this.find(Theme, input.themeId, 'themeId'),
      meeting: await this.find(Meeting, input.meetingId, 'meetingId'),
      pilotProject: await this.find(PilotProject, input.pilotProjectId, 'pilotProjectId'),
      agendaItem: await this.find(AgendaItem, input.agendaItemId, 'agendaItemId'),
    };
    if (subjects.agendaItem && subjects.agendaItem.meeting.id !== subjects.meeting?.id) {
      throw invalidField('agendaItemId', 'agendaItemNotInMeeting');
    }
    const thread = this.em.create(Thread, { title: fields!.title, author: this.em.getReference(User, viewer.userId), ...subjects });
    await this.em.flush();
    await this.posts.add(viewer, { threadId: thread.id, body: input.body, kind: input.kind ?? PostKind.COMMENT }, locale);
    await this.activity.settled(thread.id);
    await this.em.refresh(thread);
    return thread;
  }

  private async find<T extends object>(entity: new () => T, id: string | null | undefined, field: string): Promise<T | null> {
    if (!id) return null;
    // MikroORM types the entity it loads for a type parameter as any (Loaded<T>).
    const found = isUuid(id) ? ((await this.em.findOne(entity, { id })) as T | null) : null;
    if (!found) throw invalidField(field, 'noLongerExists');
    return found;
  }

  notFound(): never {
    throw notFound('threadNotFound');
  }
}
