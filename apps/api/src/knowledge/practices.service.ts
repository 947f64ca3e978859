import { Injectable } from '@nestjs/common';
import { EntityManager, LockMode } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import { AuditAction, Competence, INPUT_RULES, type Locale, PracticeStatus, Visibility } from '@ln/domain';
import { isFacilitator, type Viewer } from '../common/auth/viewer';
import { recordAudit } from '../common/audit/audit-trail';
import { conflict, forbidden } from '../common/errors/domain-error';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { loaderFor } from '../common/graphql/loaders';
import { decodeOffsetCursor, offsetConnection, pageSize, type Connection } from '../common/graphql/pagination';
import { isUuid } from '../common/ids';
import { InputValidator } from '../common/validation';
import { renderMarkdown } from '../common/markdown/markdown';
import { Post } from '../discussions/post.entity';
import { Organisation } from '../organisations/organisation.entity';
import { OrganisationsService } from '../organisations/organisations.service';
import { slugify } from '../organisations/slugify';
import { User } from '../people/user.entity';
import { Theme } from '../themes/theme.entity';
import { practiceFilterFor } from '../common/access/visibility';
import { Practice } from './practice.entity';
import type { PracticeFilter, PublishPracticeInput } from './practice.model';
import { findByIdOr404 } from '../common/database/find-by-id';
import { attachFiles, detachAllFiles } from '../files/file-attachments';
import { FilesService, ormRunner } from '../files/files.service';

@Injectable()
export class PracticesService {
  constructor(
    private readonly em: EntityManager,
    private readonly organisations: OrganisationsService,
    private readonly files: FilesService,
  ) {}

  async list(
    viewer: Viewer | null,
    filter: PracticeFilter | null | undefined,
    first?: number | null,
    after?: string | null,
  ): Promise<Connection<Practice>> {
    const limit = pageSize(first);
    const offset = decodeOffsetCursor(after);
    const where: FilterQuery<Practice>[] = [practiceFilterFor(viewer)];
    if (filter?.themeId) where.push({ theme: isUuid(filter.themeId) ? filter.themeId : null });
    if (filter?.competence) where.push({ competences: { $contains: [filter.competence] } });
    if (filter?.organisationType) where.push({ organisation: { type: filter.organisationType } });
    if (filter?.status) {
      if (filter.status === PracticeStatus.IN_REVIEW && !isFacilitator(viewer)) throw forbidden('practiceReviewStaffOnly');
      where.push({ status: filter.status });
    }
    const [nodes, totalCount] = await this.em.findAndCount(
      Practice,
      { $and: where },
      { orderBy: { publishedAt: 'desc nulls first', createdAt: 'desc', id: 'asc' }, limit, offset },
    );
    return offsetConnection(nodes, offset, totalCount);
  }

  byId(viewer: Viewer | null, id: string): Promise<Practice | null> {
    if (!isUuid(id)) return Promise.resolve(null);
    return this.em.findOne(Practice, { $and: [{ id }, practiceFilterFor(viewer)] });
  }

  bySlug(viewer: Viewer | null, slug: string): Promise<Practice | null> {
    if (slug.length > 220) return Promise.resolve(null);
    return this.em.findOne(Practice, { $and: [{ slug }, practiceFilterFor(viewer)] });
  }

  /** For the Atom feed: the newest public practices. */
  newestPublic(limit: number): Promise<Practice[]> {
    return this.em.find(Practice, practiceFilterFor(null), { orderBy: { publishedAt: 'desc', id: 'asc' }, limit });
  }

  async publish(viewer: Viewer, locale: Locale, input: PublishPracticeInput): Promise<Practice> {
    const check = new InputValidator(locale);
    const texts = check.input(INPUT_RULES.publishPractice, input);
    const title = texts?.title;
    const summary = texts?.summary;
    const body = texts?.body;
    const links = (texts?.links ?? []).filter((link): link is string => !!link);
    const competences = [...new Set(input.competences ?? [])].filter((c) => Object.values(Competence).includes(c));
    const [theme, organisation, sourcePost] = await Promise.all([
      this.reference(Theme, input.themeId),
      this.reference(Organisation, input.organisationId),
      this.reference(Post, input.sourcePostId, { deletedAt: null, hiddenAt: null }),
    ]);
    if (input.themeId && !theme) check.fail('themeId', 'required');
    if (input.organisationId && !organisation) check.fail('organisationId', 'required');
    if (input.sourcePostId && !sourcePost) check.fail('sourcePostId', 'required');
    check.done();

    const askedPublic = input.visibility === Visibility.PUBLIC;
    const slug = await this.freeSlug(title!);
    return this.em.transactional(async (tx) => {
      const practice = tx.create(Practice, {
        title: title!,
        slug,
        summary: summary!,
        body: body!,
        bodyHtml: renderMarkdown(body!).html,
        // Public only after a facilitator's review: until then members-only.
        visibility: Visibility.MEMBERS,
        status: askedPublic ? PracticeStatus.IN_REVIEW : PracticeStatus.PUBLISHED,
        publishedAt: askedPublic ? null : new Date(),
        competences,
        links,
        theme,
        organisation,
        sourcePost,
        author: tx.getReference(User, viewer.userId),
      });
      await tx.flush();
      await attachFiles(
        ormRunner(tx),
        viewer.userId,
        input.files,
        { kind: 'practice', id: practice.id },
        { requireAlt: false, replace: false },
      );
      return practice;
    });
  }

  /** Its author or a facilitator removes a practice, and its files with it. */
  async remove(viewer: Viewer, practiceId: string): Promise<boolean> {
    let dropped: string[] = [];
    await this.em.transactional(async (tx) => {
      const practice = await findByIdOr404(tx, Practice, practiceId, 'practiceNotFound', { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!isFacilitator(viewer) && practice.author?.id !== viewer.userId) throw forbidden('practiceDeleteOwnOnly');
      dropped = await detachAllFiles(ormRunner(tx), { kind: 'practice', id: practice.id });
      tx.remove(practice);
      await tx.flush();
    });
    await this.files.discard(dropped);
    return true;
  }

  async review(viewer: Viewer, practiceId: string, approve: boolean, remark: string | null | undefined, locale: Locale): Promise<Practice> {
    const check = new InputValidator(locale);
    const cleanRemark = check.input(INPUT_RULES.reviewPractice, { remark })?.remark ?? null;
    check.done();
    const practice = await findByIdOr404(this.em, Practice, practiceId, 'practiceNotFound');
    if (practice.status !== PracticeStatus.IN_REVIEW) throw conflict('practiceNotAwaitingReview');
    const now = new Date();
    practice.status = PracticeStatus.PUBLISHED;
    practice.visibility = approve ? Visibility.PUBLIC : Visibility.MEMBERS;
    practice.publishedAt = now;
    practice.reviewedAt = now;
    practice.reviewRemark = cleanRemark;
    recordAudit(this.em, {
      action: approve ? AuditAction.PRACTICE_APPROVED : AuditAction.PRACTICE_REJECTED,
      actorId: viewer.userId,
      personId: practice.author?.id ?? null,
      organisationId: practice.organisation?.id ?? null,
      subject: { type: 'practice', id: practice.id },
      details: { title: practice.title, ...(cleanRemark ? { remark: cleanRemark } : {}) },
    });
    await this.em.flush();
    return practice;
  }

  organisationOf(context: GraphqlContext, practice: Practice): Promise<Organisation | null> {
    const id = practice.organisation?.id;
    return id ? this.organisations.byIdBatched(context, id) : Promise.resolve(null);
  }

  /** The thread of the post a practice came from (threads are members-only: the caller checks). */
  sourceThreadIdOf(context: GraphqlContext, practice: Practice): Promise<string | null> {
    const postId = practice.sourcePost?.id;
    if (!postId) return Promise.resolve(null);
    return loaderFor<string, string | null>(context, 'practice.sourceThreadId', async (ids) => {
      const rows: Array<{ id: string; thread_id: string }> = await this.em
        .getConnection()
        .execute('select id, thread_id from post where id in (?) and deleted_at is null and hidden_at is null', [[...ids]]);
      const threadOf = new Map(rows.map((row) => [row.id, row.thread_id]));
      return ids.map((id) => threadOf.get(id) ?? null);
    }).load(postId);
  }

  /** Themes are public (their threads are not). */
  themeOf(context: GraphqlContext, practice: Practice): Promise<Theme | null> {
    const id = practice.theme?.id;
    if (!id) return Promise.resolve(null);
    return loaderFor<string, Theme | null>(context, 'practice.theme', async (ids) => {
      const rows = await this.em.find(Theme, { id: { $in: [...ids] } });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((k) => byId.get(k) ?? null);
    }).load(id);
  }

  private async reference<T extends Theme | Organisation | Post>(
    entity: new () => T,
    id: string | null | undefined,
    extra: Record<string, unknown> = {},
  ): Promise<T | null> {
    if (!id) return null;
    if (!isUuid(id)) return null;
    // MikroORM types the entity it loads for a type parameter as any (Loaded<T>).
    return this.em.findOne(entity, { id, ...extra }) as Promise<T | null>;
  }

  private async freeSlug(title: string): Promise<string> {
    const base = slugify(title).slice(0, 200) || 'praktijk';
    const taken = new Set((await this.em.find(Practice, { slug: { $like: `${base}%` } }, { fields: ['slug'] })).map((p) => p.slug));
    if (!taken.has(base)) return base;
    for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
  }
}
