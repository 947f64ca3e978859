import { Module } from '@nestjs/common';
import { OpenDataController } from './open-data.controller';
import { OpenDataService } from './open-data.service';

/** Open data: the public content as a ZIP of CSV and JSON, for every Flemish municipality to reuse. */
@Module({
  controllers: [OpenDataController],
  providers: [OpenDataService],
})
export class OpenDataModule {}
