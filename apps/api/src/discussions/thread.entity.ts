import { randomUUID } from 'node:crypto';
import { Check, Entity, Index, ManyToOne, type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { AgendaItem } from '../meetings/agenda-item.entity';
import { Meeting } from '../meetings/meeting.entity';
import { User } from '../people/user.entity';
import { PilotProject } from '../projects/pilot-project.entity';
import { Theme } from '../themes/theme.entity';

/** Dutch full-text vector of the title, kept by PostgreSQL; read only by the search SQL. */
const SEARCH_VECTOR = `setweight(to_tsvector('dutch'::regconfig, (coalesce(title, ''::character varying))::text), 'A'::"char") stored`;

/** A members-only discussion, hung on a theme, a meeting (optionally an agenda item) or a pilot project. */
@Check({ name: 'thread_subject_check', expression: `num_nonnulls(theme_id, meeting_id, pilot_project_id) >= 1` })
@Check({ name: 'thread_post_count_check', expression: `post_count >= 0` })
@Entity({ tableName: 'thread' })
@Index({
  name: 'thread_search_vector_index',
  expression: 'create index "thread_search_vector_index" on "thread" using gin ("search_vector")',
})
@Index({ properties: ['theme', 'lastActivityAt'] })
@Index({ properties: ['meeting', 'lastActivityAt'] })
@Index({ properties: ['pilotProject', 'lastActivityAt'] })
@Index({ properties: ['lastActivityAt'] })
export class Thread {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ length: 200 })
  title!: string;

  @ManyToOne({ entity: () => User, deleteRule: 'restrict' })
  author!: User;

  @ManyToOne({ entity: () => Theme, nullable: true, deleteRule: 'set null' })
  theme?: Theme | null;

  @ManyToOne({ entity: () => Meeting, nullable: true, deleteRule: 'set null' })
  meeting?: Meeting | null;

  @ManyToOne({ entity: () => AgendaItem, nullable: true, deleteRule: 'set null' })
  agendaItem?: AgendaItem | null;

  @ManyToOne({ entity: () => PilotProject, nullable: true, deleteRule: 'set null' })
  pilotProject?: PilotProject | null;

  @Property({ type: 'integer', default: 0 })
  postCount: Opt<number> = 0;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  lastActivityAt: Opt<Date> = new Date();

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();

  @Property({ type: 'tsvector', lazy: true, hidden: true, nullable: true, generated: SEARCH_VECTOR })
  searchVector?: Opt<string> | null;
}
