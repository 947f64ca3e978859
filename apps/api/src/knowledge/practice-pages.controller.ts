import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AppConfig } from '../config/app-config';
import { ViewerResolver } from '../common/auth/viewer-resolver';
import { atomFeed } from './atom-feed';
import { isPublicPractice } from '../common/access/visibility';
import { practiceMarkdown, SITE_TITLE, withPreviewMeta } from './practice-export';
import { PracticesService } from './practices.service';
import { notFound } from '../common/errors/domain-error';

const FEED_SIZE = 30;

/**
 * Beside GraphQL: the Atom feed of public practices, a practice's Markdown download, its preview metadata, and
 * the web app's page for a practice with title, description and Open Graph tags in the HTML (link previews).
 */
@Controller()
export class PracticePagesController {
  private indexHtml?: string | null;

  constructor(
    private readonly practices: PracticesService,
    private readonly viewers: ViewerResolver,
    private readonly config: AppConfig,
  ) {}

  @Get('feeds/praktijken.atom')
  async feed(@Res() res: Response): Promise<void> {
    const practices = await this.practices.newestPublic(FEED_SIZE);
    res.setHeader('Cache-Control', 'public, max-age=300');
    res.type('application/atom+xml; charset=utf-8').send(atomFeed({ publicUrl: this.config.publicUrl, title: SITE_TITLE }, practices));
  }

  @Get('praktijken/:slug/meta')
  async meta(@Param('slug') slug: string, @Res() res: Response): Promise<void> {
    const practice = await this.practices.bySlug(null, slug);
    if (!practice) throw notFound('practiceNotVisible');
    res.json({ title: practice.title, description: practice.summary, url: this.urlOf(practice.slug), publishedAt: practice.publishedAt });
  }

  @Get('praktijken/:file')
  async page(@Param('file') file: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    if (file.endsWith('.md')) return this.markdown(file.slice(0, -3), req, res);
    const index = this.index();
    if (!index) throw notFound();
    const practice = await this.practices.bySlug(null, file);
    res.setHeader('Cache-Control', 'no-cache');
    res.type('html').send(practice && isPublicPractice(practice) ? withPreviewMeta(index, practice, this.urlOf(practice.slug)) : index);
  }

  private async markdown(slug: string, req: Request, res: Response): Promise<void> {
    const practice = await this.practices.bySlug(await this.viewers.fromRequest(req), slug);
    if (!practice) throw notFound('practiceNotVisible');
    res.setHeader('Cache-Control', isPublicPractice(practice) ? 'public, max-age=300' : 'private, no-store');
    res.setHeader('Content-Disposition', `attachment; filename="${practice.slug}.md"`);
    res.type('text/markdown; charset=utf-8').send(practiceMarkdown(practice, this.urlOf(practice.slug)));
  }

  private urlOf(slug: string): string {
    return `${this.config.publicUrl.replace(/\/+$/, '')}/praktijken/${encodeURIComponent(slug)}`;
  }

  private index(): string | null {
    if (this.indexHtml === undefined) {
      const file = join(this.config.webDistDir, 'index.html');
      this.indexHtml = existsSync(file) ? readFileSync(file, 'utf8') : null;
    }
    return this.indexHtml;
  }
}
