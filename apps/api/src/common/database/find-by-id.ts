import type { EntityManager, FindOneOptions } from '@mikro-orm/postgresql';
import type { EntityClass, FilterQuery, Loaded } from '@mikro-orm/core';
import { notFound } from '../errors/domain-error';
import type { ErrorMessageKey } from '../errors/error-messages';
import { isUuid } from '../ids';

/** The entity with this id, or NOT_FOUND (by `key`) for a missing one and for a malformed id alike. */
export async function findByIdOr404<T extends object, P extends string = never>(
  em: EntityManager,
  entity: EntityClass<T>,
  id: string,
  key: ErrorMessageKey,
  options?: FindOneOptions<T, P>,
): Promise<Loaded<T, P>> {
  const found = isUuid(id) ? await em.findOne<T, P>(entity, { id } as FilterQuery<T>, options) : null;
  if (!found) throw notFound(key);
  return found;
}
