import { Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { pipeline } from 'node:stream/promises';
import contentDisposition from 'content-disposition';
import { IMAGE_MEDIA_TYPES } from '@ln/domain';
import { Public } from '../common/auth/decorators';
import { isNetworkMember } from '../common/auth/viewer';
import { ViewerResolver } from '../common/auth/viewer-resolver';
import { badRequest, forbidden, notFound, rateLimited, unauthenticated } from '../common/errors/domain-error';
import { sendDomainError } from '../common/errors/http-error-response';
import { AppConfig } from '../config/app-config';
import { FileMissing } from './file-storage';
import { fileModelOf } from './file.model';
import { FilesService, type ReadableFile } from './files.service';
import { inspectUpload, receiveUpload, UploadRefused } from './upload-intake';

/** The header every upload carries: a cross-site form cannot set it, and a cross-site script needs a preflight we refuse. */
export const UPLOAD_HEADER = 'x-ln-upload';

/**
 * POST /files (members; multipart, one file in the field `file`) stores an upload and answers its id, to attach with a
 * mutation within 24 h. GET /files/:id (and /files/:id/thumbnail for images) serves a file to whoever may read what it
 * is attached to; 404 for anyone else, as for an id that does not exist.
 */
@Public()
@Controller('files')
export class FilesController {
  constructor(
    private readonly files: FilesService,
    private readonly viewers: ViewerResolver,
    private readonly config: AppConfig,
  ) {}

  @Post()
  async upload(@Req() req: Request, @Res() res: Response): Promise<void> {
    const viewer = await this.viewers.fromRequest(req);
    if (!viewer) throw unauthenticated();
    if (!isNetworkMember(viewer)) throw forbidden();
    const origin = req.headers.origin;
    if (!req.headers[UPLOAD_HEADER] || (origin && !this.config.allowedOrigins.includes(origin))) {
      throw forbidden('uploadNeedsHeader');
    }
    await this.files.checkPending(viewer);
    const max = this.config.files.maxBytes;
    const announced = Number(req.headers['content-length']);
    try {
      // A body announced larger than any accepted file (plus its multipart envelope) is refused before it is read.
      if (announced > max + 64 * 1024) throw new UploadRefused('tooLarge', 413);
      const received = await receiveUpload(req, max, this.files.incomingDir);
      const stored = await this.files.store(viewer, await inspectUpload(received));
      // The upload answers the file as GraphQL shows it.
      res.status(201).set('Cache-Control', 'no-store').json(fileModelOf(stored));
    } catch (error) {
      // A client that went away (a cancelled upload) gets no answer, and is no error of ours.
      if (req.destroyed && !(error instanceof UploadRefused)) return;
      if (!(error instanceof UploadRefused)) throw error;
      const refusal = {
        tooLarge: badRequest('fileTooLarge', { max: sizeText(max) }),
        typeNotAllowed: badRequest('fileTypeNotAllowed'),
        unreadable: badRequest('fileUnreadable'),
        noFile: badRequest('noFileInUpload'),
        busy: rateLimited(),
      }[error.reason];
      // The rest of a refused body is not read: the connection closes after the answer.
      if (error.status === 413) res.set('Connection', 'close');
      sendDomainError(req, res, refusal, error.status);
    }
  }

  @Get(':id')
  async download(@Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const file = await this.readable(req, id);
    await this.send(req, res, file, file.storageKey, file.mediaType, file.bytes);
  }

  @Get(':id/thumbnail')
  async thumbnail(@Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const file = await this.readable(req, id);
    if (!file.thumbnailKey) throw notFound('fileNotFound');
    await this.send(req, res, file, file.thumbnailKey, 'image/webp', null);
  }

  private async readable(req: Request, id: string): Promise<ReadableFile> {
    const viewer = await this.viewers.fromRequest(req);
    const file = await this.files.readableBy(viewer, id);
    if (!file) throw notFound('fileNotFound');
    return file;
  }

  private async send(req: Request, res: Response, file: ReadableFile, key: string, mediaType: string, bytes: number | null): Promise<void> {
    const etag = `"${key}"`;
    res.set({
      'Cache-Control': file.isPublic ? 'public, max-age=300' : 'private, no-cache',
      ETag: etag,
      Vary: 'Cookie, Authorization',
      'X-Content-Type-Options': 'nosniff',
      // Opened by itself, a file can run nothing and load nothing.
      'Content-Security-Policy': "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
    });
    if (req.headers['if-none-match'] === etag) {
      res.status(304).end();
      return;
    }
    let body;
    try {
      body = await this.files.open(key);
    } catch (error) {
      if (error instanceof FileMissing) throw notFound('fileNotFound');
      throw error;
    }
    const inline = IMAGE_MEDIA_TYPES.includes(file.mediaType);
    res.status(200).set({
      'Content-Type': mediaType,
      'Content-Disposition': contentDisposition(file.name, { type: inline ? 'inline' : 'attachment' }),
      ...(bytes !== null ? { 'Content-Length': String(bytes) } : {}),
    });
    await pipeline(body, res).catch(() => res.destroy());
  }
}

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MB` : `${Math.round(bytes / 1024)} KB`;
}
