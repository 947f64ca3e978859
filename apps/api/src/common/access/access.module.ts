import { Global, Module } from '@nestjs/common';
import { MemberAccess } from './member-access';

/** Access checks that every feature shares. */
@Global()
@Module({ providers: [MemberAccess], exports: [MemberAccess] })
export class AccessModule {}
