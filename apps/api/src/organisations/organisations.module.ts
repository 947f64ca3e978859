import { Module } from '@nestjs/common';
import { OrganisationsResolver } from './organisations.resolver';
import { OrganisationsService } from './organisations.service';
import { OrganisationAdminService } from './organisation-admin.service';

@Module({
  providers: [OrganisationsService, OrganisationAdminService, OrganisationsResolver],
  exports: [OrganisationsService, OrganisationAdminService],
})
export class OrganisationsModule {}
