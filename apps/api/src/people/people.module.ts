import { Module } from '@nestjs/common';
import { OrganisationsModule } from '../organisations/organisations.module';
import { MembershipsService } from './memberships.service';
import { InvitationMailJob } from './invitation-mail.job';
import { InvitationsService } from './invitations.service';
import { InvitationsResolver, MembershipRequestsResolver, MembershipResolver, PeopleResolver } from './people.resolver';
import { PeopleDirectoryService } from './people-directory.service';
import { PeopleService } from './people.service';

@Module({
  imports: [OrganisationsModule],
  providers: [
    PeopleService,
    PeopleDirectoryService,
    MembershipsService,
    InvitationsService,
    InvitationMailJob,
    PeopleResolver,
    MembershipResolver,
    MembershipRequestsResolver,
    InvitationsResolver,
  ],
  exports: [PeopleService, MembershipsService],
})
export class PeopleModule {}
