import { Module } from '@nestjs/common';
import { ProjectsModule } from '../projects/projects.module';
import { OrganisationsResolver } from './organisations.resolver';
import { OrganisationsService } from './organisations.service';
import { OrganisationAdminService } from './organisation-admin.service';

@Module({
  imports: [ProjectsModule],
  providers: [OrganisationsService, OrganisationAdminService, OrganisationsResolver],
  exports: [OrganisationsService],
})
export class OrganisationsModule {}
