import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '../common/auth/decorators';
import { ViewerResolver } from '../common/auth/viewer-resolver';
import { notFound, unauthenticated } from '../common/errors/domain-error';
import { PersonalDataExportService } from './personal-data-export.service';

/** GET /my-data/:id.zip — a member's own data export, with their session; NOT_FOUND for anyone else. */
@Public()
@Controller()
export class PersonalDataController {
  constructor(
    private readonly exports: PersonalDataExportService,
    private readonly viewers: ViewerResolver,
  ) {}

  @Get('my-data/:file')
  async download(@Param('file') file: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const viewer = await this.viewers.fromRequest(req);
    if (!viewer) throw unauthenticated('personalDataExportNotFound');
    const id = /^(.+)\.zip$/.exec(file)?.[1];
    if (!id) throw notFound('personalDataExportNotFound');
    const found = await this.exports.download(viewer, id);
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="mijn-gegevens-lerend-netwerk-${found.requestedAt.toISOString().slice(0, 10)}.zip"`,
    );
    res.type('application/zip').send(found.bytes);
  }
}
