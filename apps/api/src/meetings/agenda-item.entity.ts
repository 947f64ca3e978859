import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Organisation } from '../organisations/organisation.entity';
import { Meeting } from './meeting.entity';

@Entity({ tableName: 'agenda_item' })
@Unique({ properties: ['meeting', 'position'] })
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
}
