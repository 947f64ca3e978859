import { Module } from '@nestjs/common';
import { MeetingsModule } from '../meetings/meetings.module';
import { ProjectsModule } from '../projects/projects.module';
import { CompetenceAgendaService } from './competence-agenda.service';
import { LearningOutcomesService } from './learning-outcomes.service';
import { LearningResolver } from './learning.resolver';

/** The learning outcomes: pilot projects' self-assessments on the key competences, and the network's figures. */
@Module({
  imports: [ProjectsModule, MeetingsModule],
  providers: [LearningOutcomesService, CompetenceAgendaService, LearningResolver],
})
export class LearningModule {}
