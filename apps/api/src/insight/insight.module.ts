import { Module } from '@nestjs/common';
import { InsightResolver } from './insight.resolver';
import { InsightService } from './insight.service';

/** The network in figures: activity per theme per week, practices per competence. */
@Module({ providers: [InsightService, InsightResolver] })
export class InsightModule {}
