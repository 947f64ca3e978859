import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, type Opt, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Competence, PracticeStatus, Visibility } from '@ln/domain';
import { Post } from '../discussions/post.entity';
import { Organisation } from '../organisations/organisation.entity';
import { User } from '../people/user.entity';
import { Theme } from '../themes/theme.entity';

/** A good practice or publication. PUBLIC only after a facilitator's review. */
@Entity({ tableName: 'practice' })
@Index({ properties: ['visibility', 'publishedAt'] })
export class Practice {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ length: 200 })
  title!: string;

  @Property({ length: 220 })
  @Unique()
  slug!: string;

  @Property({ type: 'text' })
  summary!: string;

  @Property({ type: 'text' })
  body!: string;

  @Property({ type: 'text' })
  bodyHtml!: string;

  @Enum({ items: () => Visibility, nativeEnumName: 'visibility', default: Visibility.MEMBERS })
  visibility: Opt<Visibility> = Visibility.MEMBERS;

  @Enum({ items: () => PracticeStatus, nativeEnumName: 'practice_status', default: PracticeStatus.DRAFT })
  status: Opt<PracticeStatus> = PracticeStatus.DRAFT;

  @Enum({ items: () => Competence, array: true, nativeEnumName: 'competence', default: [] })
  competences: Opt<Competence[]> = [];

  @ManyToOne({ entity: () => Organisation, nullable: true, deleteRule: 'set null', index: true })
  organisation?: Organisation | null;

  @ManyToOne({ entity: () => Theme, nullable: true, deleteRule: 'set null', index: true })
  theme?: Theme | null;

  @ManyToOne({ entity: () => Post, nullable: true, deleteRule: 'set null' })
  sourcePost?: Post | null;

  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  author?: User | null;

  @Property({ type: 'datetime', nullable: true })
  publishedAt?: Date | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();
}
