import { Entity, ManyToOne, type Opt, PrimaryKeyProp, Property } from '@mikro-orm/core';
import { User } from '../people/user.entity';
import { Theme } from './theme.entity';

/** One support per person per theme: the primary key says so. */
@Entity({ tableName: 'theme_support' })
export class ThemeSupport {
  [PrimaryKeyProp]?: ['theme', 'user'];

  @ManyToOne({ entity: () => Theme, primary: true, deleteRule: 'cascade' })
  theme!: Theme;

  @ManyToOne({ entity: () => User, primary: true, deleteRule: 'cascade', index: true })
  user!: User;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();
}
