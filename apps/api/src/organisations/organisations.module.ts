import { Module } from '@nestjs/common';
import { ProjectsModule } from '../projects/projects.module';
import { OrganisationsResolver } from './organisations.resolver';
import { OrganisationsService } from './organisations.service';

@Module({
  imports: [ProjectsModule],
  providers: [OrganisationsService, OrganisationsResolver],
  exports: [OrganisationsService],
})
export class OrganisationsModule {}
