import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Organisation } from '../organisations/organisation.entity';
import type { Theme } from '../themes/theme.entity';
import { Meeting } from './meeting.entity';

@Entity({ tableName: 'agenda_item' })
@Unique({ properties: ['meeting', 'position'] })
@Unique({ properties: ['meeting', 'theme'] })
export class AgendaItem {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Meeting, deleteRule: 'cascade' })
  meeting!: Meeting;

  @Property({ type: 'integer' })
  position!: number;

  @Property({ length: 200 })
  title!: string;

  @ManyToOne({ entity: () => Organisation, nullable: true, deleteRule: 'set null' })
  presenter?: Organisation | null;

  /** Set when the item was carried forward from an adopted theme: a theme is on a meeting's agenda at most once. */
  // By name: themes build on meetings, not the other way round.
  @ManyToOne({ entity: 'Theme', nullable: true, deleteRule: 'set null', index: true })
  theme?: Theme | null;
}
