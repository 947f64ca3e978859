import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { User } from './user.entity';

@Injectable()
export class PeopleService {
  constructor(private readonly em: EntityManager) {}

  byId(id: string): Promise<User | null> {
    return this.em.findOne(User, { id, deactivatedAt: null });
  }
}
