import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { INPUT_RULES, type Locale } from '@ln/domain';
import { InputValidator } from '../common/validation';
import { User } from './user.entity';
import { networkMemberFilter } from '../common/access/visibility';

const MAX_RESULTS = 20;

/** Network members (approved membership or a staff role) as other members find them: by name, for mentions. */
@Injectable()
export class PeopleDirectoryService {
  constructor(private readonly em: EntityManager) {}

  async find(query: string, first: number | null | undefined, locale: Locale): Promise<User[]> {
    const v = new InputValidator(locale);
    const name = v.input(INPUT_RULES.searchPeople, { query })?.query;
    const limit = first ?? 8;
    if (limit < 1 || limit > MAX_RESULTS) v.fail('first', 'outOfRange', { min: 1, max: MAX_RESULTS });
    v.done();
    const pattern = name!.replace(/[\\%_]/g, (character) => `\\${character}`);
    const found = await this.em.find(
      User,
      { displayName: { $ilike: `%${pattern}%` }, ...networkMemberFilter() },
      { orderBy: { displayName: 'asc' }, limit: MAX_RESULTS * 5 },
    );
    // Names that start with what was typed come first: that is who people usually mean.
    const lower = name!.toLowerCase();
    const startsWith = (user: User) => (user.displayName.toLowerCase().startsWith(lower) ? 0 : 1);
    return found.sort((a, b) => startsWith(a) - startsWith(b)).slice(0, limit);
  }

  byId(id: string): Promise<User | null> {
    return this.em.findOne(User, { id, ...networkMemberFilter() });
  }
}
