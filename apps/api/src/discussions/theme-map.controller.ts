import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '../common/auth/decorators';
import { isNetworkMember } from '../common/auth/viewer';
import { ViewerResolver } from '../common/auth/viewer-resolver';
import { isUuid } from '../common/ids';
import { AppConfig } from '../config/app-config';
import { themeMapMarkdown } from './theme-map-markdown';
import { ThemeMapService } from './theme-map.service';
import { ThemesService } from '../themes/themes.service';
import { forbidden, notFound, unauthenticated } from '../common/errors/domain-error';

/** GET /themes/:id/map.md — a theme's map as Markdown. Themes are public; their map comes from discussions: members only. */
@Public()
@Controller()
export class ThemeMapController {
  constructor(
    private readonly themes: ThemesService,
    private readonly maps: ThemeMapService,
    private readonly viewers: ViewerResolver,
    private readonly config: AppConfig,
  ) {}

  @Get('themes/:id/map.md')
  async map(@Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const theme = isUuid(id) ? await this.themes.byId(id) : null;
    if (!theme) throw notFound('themeNotFound');
    const viewer = await this.viewers.fromRequest(req);
    if (!isNetworkMember(viewer)) throw viewer ? forbidden('themeMapMembersOnly') : unauthenticated('themeMapMembersOnly');
    const url = `${this.config.publicUrl.replace(/\/+$/, '')}/themas/${theme.id}`;
    const markdown = themeMapMarkdown(theme, await this.maps.mapForExport(theme.id), url);
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('Content-Disposition', `attachment; filename="themakaart-${theme.id}.md"`);
    res.type('text/markdown; charset=utf-8').send(markdown);
  }
}
