import { Module } from '@nestjs/common';
import { OrganisationsModule } from '../organisations/organisations.module';
import { MembershipsService } from './memberships.service';
import { MembershipRequestsResolver, MembershipResolver, PeopleResolver } from './people.resolver';
import { PeopleService } from './people.service';

@Module({
  imports: [OrganisationsModule],
  providers: [PeopleService, MembershipsService, PeopleResolver, MembershipResolver, MembershipRequestsResolver],
  exports: [PeopleService, MembershipsService],
})
export class PeopleModule {}
