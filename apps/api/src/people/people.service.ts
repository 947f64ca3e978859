import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { INPUT_RULES, SUPPORTED_LOCALES, type Locale } from '@ln/domain';
import { isNetworkMember, type Viewer } from '../common/auth/viewer';
import { notFound } from '../common/errors/domain-error';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { byIdLoader, groupByKeys, loaderFor } from '../common/graphql/loaders';
import { Organisation } from '../organisations/organisation.entity';
import { InputValidator } from '../common/validation';
import { LeanRows } from '../common/database/lean-rows';
import { Membership } from './membership.entity';
import type { UpdateProfileInput } from './people.inputs';
import { User } from './user.entity';

@Injectable()
export class PeopleService {
  constructor(
    private readonly em: EntityManager,
    private readonly lean: LeanRows,
  ) {}

  byId(id: string): Promise<User | null> {
    return this.em.findOne(User, { id, deactivatedAt: null });
  }

  byIdBatched(context: GraphqlContext, id: string): Promise<User | null> {
    return byIdLoader(context, this.lean, User).load(id);
  }

  /** People already read with another row (a post's author): later look-ups in this operation cost nothing. */
  prime(context: GraphqlContext, users: User[]): void {
    const loader = byIdLoader(context, this.lean, User);
    for (const user of users) loader.prime(user.id, user);
  }

  /** With their organisations in the same statement (a person's memberships are nearly always shown with them). */
  membershipsOf(context: GraphqlContext, userId: string): Promise<Membership[]> {
    return loaderFor<string, Membership[]>(context, 'user.memberships', async (ids) => {
      const rows = await this.lean.sql.query(
        'memberships.ofUsers',
        `select ${this.lean.columns(Membership, 'm')}, ${this.lean.columns(Organisation, 'o', 'o_')}
           from membership m join organisation o on o.id = m.organisation_id
          where m.user_id = any($1::uuid[]) order by m.created_at`,
        [ids],
      );
      const organisations = byIdLoader(context, this.lean, Organisation);
      const memberships = rows.map((row) => {
        const organisation = this.lean.map(Organisation, row, 'o_');
        organisations.prime(organisation.id, organisation);
        return { ...this.lean.map(Membership, row), organisation };
      });
      return groupByKeys(ids, memberships, (membership) => membership.user.id);
    }).load(userId);
  }

  async updateProfile(viewer: Viewer, input: UpdateProfileInput, locale: Locale): Promise<User> {
    const v = new InputValidator(locale);
    const displayName =
      input.displayName === undefined || input.displayName === null
        ? undefined
        : v.input(INPUT_RULES.updateProfile, { displayName: input.displayName })?.displayName;
    if (input.locale && !(SUPPORTED_LOCALES as readonly string[]).includes(input.locale)) v.fail('locale', 'required');
    v.done();
    const user = await this.byId(viewer.userId);
    if (!user) throw notFound();
    if (displayName) user.displayName = displayName;
    if (input.locale) user.locale = input.locale;
    await this.em.flush();
    return user;
  }

  /** The people of an organisation: members of the network only. */
  peopleOf(context: GraphqlContext, organisationId: string): Promise<User[]> {
    if (!isNetworkMember(context.viewer)) return Promise.resolve([]);
    return loaderFor<string, User[]>(context, 'organisation.people', async (ids) => {
      const users = await this.em.find(
        User,
        { memberships: { organisation: { $in: [...ids] } }, deactivatedAt: null },
        { populate: ['memberships'], orderBy: { displayName: 'asc' } },
      );
      return ids.map((id) => users.filter((user) => user.memberships.getItems().some((m) => m.organisation.id === id)));
    }).load(organisationId);
  }
}
