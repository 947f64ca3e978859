import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, Index, ManyToOne, type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { Competence, ThemeStatus } from '@ln/domain';
import { Meeting } from '../meetings/meeting.entity';
import { User } from '../people/user.entity';

@Check({ name: 'theme_support_count_check', expression: `support_count >= 0` })
@Entity({ tableName: 'theme' })
@Index({
  name: 'theme_support_order_idx',
  expression: 'create index "theme_support_order_idx" on "theme" ("support_count" desc, "created_at" desc)',
})
@Index({ properties: ['createdAt'] })
export class Theme {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ length: 200 })
  title!: string;

  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @Enum({ items: () => ThemeStatus, nativeEnumName: 'theme_status', default: ThemeStatus.PROPOSED })
  status: Opt<ThemeStatus> = ThemeStatus.PROPOSED;

  @Enum({ items: () => Competence, array: true, nativeEnumName: 'competence', default: [] })
  competences: Opt<Competence[]> = [];

  /** The meeting where the theme was collected, if any. */
  @ManyToOne({ entity: () => Meeting, nullable: true, deleteRule: 'set null', index: true })
  collectedAt?: Meeting | null;

  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  proposedBy?: User | null;

  /** Kept equal to the number of theme_support rows, in the same transaction. */
  @Property({ type: 'integer', default: 0 })
  supportCount: Opt<number> = 0;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();

  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();
}
