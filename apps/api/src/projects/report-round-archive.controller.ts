import { once } from 'node:events';
import type { Readable } from 'node:stream';
import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { PinoLogger } from 'nestjs-pino';
import { EntityManager } from '@mikro-orm/postgresql';
import contentDisposition from 'content-disposition';
import { ReportKind } from '@ln/domain';
import { Public } from '../common/auth/decorators';
import { isFacilitator } from '../common/auth/viewer';
import { ViewerResolver } from '../common/auth/viewer-resolver';
import { forbidden, notFound, unauthenticated } from '../common/errors/domain-error';
import { brusselsDate } from '../common/time';
import { streamingZip } from '../common/zip';
import { safeFolderName } from '../files/file-name';
import { FileMissing } from '../files/file-storage';
import { FilesService } from '../files/files.service';

interface RoundFileRow {
  storage_key: string;
  name: string;
  media_type: string;
  project_title: string;
}

const ROUND_NAME: Record<ReportKind, string> = {
  [ReportKind.INTERIM_PROGRESS]: 'tussentijdse-rapporten',
  [ReportKind.FINAL_CONTENT]: 'inhoudelijke-eindverslagen',
  [ReportKind.FINANCIAL]: 'financiele-verslagen',
};

/**
 * GET /reports/:kind/documents.zip — facilitators download every document of one reporting round's submitted reports (e.g. all interim
 * reports) as one ZIP, a folder per project, streamed: each file is read from storage only when its turn comes.
 */
@Public()
@Controller('reports')
export class ReportRoundArchiveController {
  constructor(
    private readonly em: EntityManager,
    private readonly files: FilesService,
    private readonly viewers: ViewerResolver,
    private readonly logger: PinoLogger,
  ) {
    this.logger.setContext(ReportRoundArchiveController.name);
  }

  @Get(':kind/documents.zip')
  async download(@Param('kind') kind: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const viewer = await this.viewers.fromRequest(req);
    if (!viewer) throw unauthenticated();
    if (!isFacilitator(viewer)) throw forbidden();
    if (!(Object.values(ReportKind) as string[]).includes(kind)) throw notFound();
    const rows = await this.em.getConnection().execute<RoundFileRow[]>(
      `select f.storage_key, f.name, f.media_type, p.title as project_title
         from stored_file f join project_report r on r.id = f.report_id join pilot_project p on p.id = r.project_id
        where r.kind = ? and r.submitted_at is not null order by p.title, p.id, f.position, f.created_at`,
      [kind],
    );
    if (!rows.length) throw notFound('roundHasNoDocuments');

    const round = ROUND_NAME[kind as ReportKind];
    res.status(200).set({
      'Content-Type': 'application/zip',
      'Content-Disposition': contentDisposition(`${round}-${brusselsDate(new Date())}.zip`),
      'Cache-Control': 'private, no-store',
    });
    const archive = streamingZip();
    // A download that is cancelled stops the archive and the file being read; nothing waits for it any more.
    let gone = false;
    const cancelled = () => gone;
    const closed = new Promise<void>((resolve) =>
      res.on('close', () => {
        if (!res.writableFinished) {
          gone = true;
          archive.abort();
        }
        resolve();
      }),
    );
    archive.on('warning', (error: unknown) => this.logger.warn({ err: error }, 'ZIP van de rapporteringsronde'));
    archive.on('error', (error: Error) => res.destroy(error));
    archive.pipe(res);
    for (const [path, row] of uniquePaths(rows)) {
      if (cancelled()) return;
      let body: Readable;
      try {
        body = await this.files.open(row.storage_key);
      } catch (error) {
        if (error instanceof FileMissing) {
          this.logger.warn({ key: row.storage_key }, 'Document van een rapport ontbreekt in de opslag');
          continue;
        }
        // The answer has begun: a storage failure now can only break it off, so the browser reports a failed download.
        this.logger.error({ err: error }, 'ZIP van de rapporteringsronde afgebroken');
        archive.abort();
        res.destroy(error as Error);
        return;
      }
      const entered = once(archive, 'entry').catch(() => undefined);
      // Office files, PDFs and images are compressed already: stored as they are, text is deflated.
      archive.append(body, { name: path, store: !row.media_type.startsWith('text/') });
      await Promise.race([entered, closed]);
      if (cancelled()) body.destroy();
    }
    if (!cancelled()) await archive.finalize();
  }
}

/** `<project>/<file>` for each row; a second file of the same name in one folder gets " (2)". */
function uniquePaths(rows: RoundFileRow[]): Array<[string, RoundFileRow]> {
  const used = new Set<string>();
  return rows.map((row) => {
    const folder = safeFolderName(row.project_title);
    const dot = row.name.lastIndexOf('.');
    let path = `${folder}/${row.name}`;
    for (let n = 2; used.has(path.toLowerCase()); n += 1) path = `${folder}/${row.name.slice(0, dot)} (${n})${row.name.slice(dot)}`;
    used.add(path.toLowerCase());
    return [path, row];
  });
}
