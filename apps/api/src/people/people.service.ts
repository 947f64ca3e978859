import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { LIMITS, SUPPORTED_LOCALES, type Locale } from '@ln/domain';
import type { Viewer } from '../common/auth/viewer';
import { notFound } from '../common/errors/domain-error';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { groupByKeys, loaderFor } from '../common/graphql/loaders';
import { InputValidator } from '../common/validation';
import { Membership } from './membership.entity';
import type { UpdateProfileInput } from './people.inputs';
import { User } from './user.entity';

@Injectable()
export class PeopleService {
  constructor(private readonly em: EntityManager) {}

  byId(id: string): Promise<User | null> {
    return this.em.findOne(User, { id, deactivatedAt: null });
  }

  byIdBatched(context: GraphqlContext, id: string): Promise<User | null> {
    return loaderFor<string, User | null>(context, 'user.byId', async (ids) => {
      const users = await this.em.find(User, { id: { $in: [...ids] } });
      const byId = new Map(users.map((user) => [user.id, user]));
      return ids.map((key) => byId.get(key) ?? null);
    }).load(id);
  }

  membershipsOf(context: GraphqlContext, userId: string): Promise<Membership[]> {
    return loaderFor<string, Membership[]>(context, 'user.memberships', async (ids) => {
      const memberships = await this.em.find(Membership, { user: { $in: [...ids] } }, { orderBy: { createdAt: 'asc' } });
      return groupByKeys(ids, memberships, (membership) => membership.user.id);
    }).load(userId);
  }

  async updateProfile(viewer: Viewer, input: UpdateProfileInput, locale: Locale): Promise<User> {
    const v = new InputValidator(locale);
    const displayName = input.displayName === undefined || input.displayName === null
      ? undefined
      : v.text('displayName', input.displayName, { max: LIMITS.displayNameMaxLength });
    if (input.locale && !(SUPPORTED_LOCALES as readonly string[]).includes(input.locale)) v.fail('locale', 'required');
    v.done();
    const user = await this.byId(viewer.userId);
    if (!user) throw notFound();
    if (displayName) user.displayName = displayName;
    if (input.locale) user.locale = input.locale;
    await this.em.flush();
    return user;
  }
}
