import { Module } from '@nestjs/common';
import { OrganisationsModule } from '../organisations/organisations.module';
import { PracticePagesController } from './practice-pages.controller';
import { PracticesResolver } from './practices.resolver';
import { PracticesService } from './practices.service';

/** Good practices and publications: publish, review, the library, the feed and exports. */
@Module({
  imports: [OrganisationsModule],
  controllers: [PracticePagesController],
  providers: [PracticesService, PracticesResolver],
  exports: [PracticesService],
})
export class KnowledgeModule {}
