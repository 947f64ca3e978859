import { Module } from '@nestjs/common';
import { ProjectReportsResolver, ProjectsResolver } from './projects.resolver';
import { ProjectsService } from './projects.service';

@Module({
  providers: [ProjectsService, ProjectsResolver, ProjectReportsResolver],
  exports: [ProjectsService],
})
export class ProjectsModule {}
