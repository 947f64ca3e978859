import { Module } from '@nestjs/common';
import { OrganisationsModule } from '../organisations/organisations.module';
import { MembershipsService } from './memberships.service';
import { MembershipRequestsResolver, MembershipResolver, PeopleResolver } from './people.resolver';
import { OrganisationMembershipResolver } from './organisation-membership.resolver';
import { PeopleDirectoryService } from './people-directory.service';
import { PeopleService } from './people.service';

@Module({
  imports: [OrganisationsModule],
  providers: [
    PeopleService,
    PeopleDirectoryService,
    MembershipsService,
    PeopleResolver,
    MembershipResolver,
    MembershipRequestsResolver,
    OrganisationMembershipResolver,
  ],
  exports: [PeopleService, MembershipsService],
})
export class PeopleModule {}
