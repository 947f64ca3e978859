import { Controller, Get, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '../common/auth/decorators';
import { OpenDataService } from './open-data.service';

/**
 * GET /open-data (for anything but a browser page) and /open-data.zip — the network's public content as CSV and
 * JSON with a README, under the Modellicentie Gratis Hergebruik Vlaanderen. A browser asking for /open-data by name
 * gets the page that explains it (serve-web-app.ts).
 */
@Public()
@Controller()
export class OpenDataController {
  constructor(private readonly openData: OpenDataService) {}

  @Get(['open-data', 'open-data.zip'])
  async download(@Req() req: Request, @Res() res: Response): Promise<void> {
    const zip = await this.openData.zip();
    res.setHeader('Cache-Control', 'public, max-age=300');
    res.setHeader('ETag', zip.etag);
    res.setHeader('Last-Modified', zip.builtAt.toUTCString());
    if (req.headers['if-none-match'] === zip.etag) {
      res.status(304).end();
      return;
    }
    res.setHeader('Content-Disposition', `attachment; filename="lerend-netwerk-open-data-${zip.builtAt.toISOString().slice(0, 10)}.zip"`);
    res.type('application/zip').send(zip.bytes);
  }
}
