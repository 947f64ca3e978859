import { Injectable } from '@nestjs/common';
import { EntityManager, UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { AuditAction, INPUT_RULES, LIMITS, OrganisationType, Visibility, type Locale } from '@ln/domain';
import { badInput, conflict } from '../common/errors/domain-error';
import { errorMessage } from '../common/errors/error-messages';
import { message } from '../common/i18n/messages';
import { isUuid } from '../common/ids';
import { recordAudit } from '../common/audit/audit-trail';
import type { Viewer } from '../common/auth/viewer';
import { InputValidator } from '../common/validation';
import type { ApplyToJoinInput, CreateOrganisationInput, UpdateOrganisationInput } from './organisation.inputs';
import { Organisation } from './organisation.entity';
import { slugify } from './slugify';
import { findByIdOr404 } from '../common/database/find-by-id';

/** Facilitators create, edit and admit organisations; cooperations apply to join. */
@Injectable()
export class OrganisationAdminService {
  constructor(private readonly em: EntityManager) {}

  async create(viewer: Viewer, input: CreateOrganisationInput, locale: Locale): Promise<Organisation> {
    const v = new InputValidator(locale);
    const fields = this.validated(v, INPUT_RULES.createOrganisation, input);
    const members = await this.membersFor(v, input.memberOrganisationIds);
    v.done();
    return this.withFreeSlugs(locale, async (tx) => {
      const slug = await this.uniqueSlug(tx, fields.name!);
      const organisation = tx.create(Organisation, {
        ...fields,
        name: fields.name!,
        type: input.type,
        slug,
        subsidised: input.subsidised ?? false,
        visibility: input.visibility ?? Visibility.PUBLIC,
      });
      organisation.memberOrganisations.set(members);
      recordAudit(tx, {
        action: AuditAction.ORGANISATION_CREATED,
        actorId: viewer.userId,
        organisationId: organisation.id,
        details: { name: organisation.name, type: organisation.type },
      });
      await tx.flush();
      return organisation;
    });
  }

  async update(viewer: Viewer, id: string, input: UpdateOrganisationInput, locale: Locale): Promise<Organisation> {
    const organisation = await findByIdOr404(this.em, Organisation, id, 'organisationNotFound', { populate: ['memberOrganisations'] });
    const v = new InputValidator(locale);
    const fields = this.validated(v, INPUT_RULES.updateOrganisation, input);
    const members = input.memberOrganisationIds ? await this.membersFor(v, input.memberOrganisationIds, id) : null;
    v.done();
    if (fields.name) organisation.name = fields.name;
    if (input.type) organisation.type = input.type;
    if (input.region !== undefined) organisation.region = fields.region;
    if (input.description !== undefined) organisation.description = fields.description;
    if (input.website !== undefined) organisation.website = fields.website;
    if (typeof input.subsidised === 'boolean') organisation.subsidised = input.subsidised;
    if (input.visibility) organisation.visibility = input.visibility;
    if (members) organisation.memberOrganisations.set(members);
    recordAudit(this.em, {
      action: AuditAction.ORGANISATION_UPDATED,
      actorId: viewer.userId,
      organisationId: organisation.id,
      details: {
        fields: Object.keys(input)
          .filter((field) => input[field as keyof UpdateOrganisationInput] !== undefined)
          .sort(),
      },
    });
    await this.em.flush();
    return organisation;
  }

  /**
   * A cooperation applies to join; it stays invisible until a facilitator admits it. `alongside` adds what else the
   * application writes in the same transaction (the applicant's membership request, people feature).
   */
  async apply(
    input: ApplyToJoinInput,
    locale: Locale,
    alongside: (tx: EntityManager, organisation: Organisation) => void,
  ): Promise<Organisation> {
    const v = new InputValidator(locale);
    const texts = v.input(INPUT_RULES.applyToJoin, input);
    const fields = { name: texts?.name, region: texts?.region ?? null, description: texts?.description ?? null, website: null };
    const members = (input.members ?? []).map((member, index) => ({ name: texts?.members?.[index]?.name ?? null, type: member.type }));
    v.done();
    return this.withFreeSlugs(locale, async (tx) => {
      // Every slug before any insert: a query with new entities pending would flush them first.
      const slugs = [await this.uniqueSlug(tx, fields.name!)];
      for (const member of members) slugs.push(await this.uniqueSlug(tx, member.name!, slugs));
      const organisation = tx.create(Organisation, {
        ...fields,
        name: fields.name!,
        type: input.type,
        slug: slugs[0],
        admittedAt: null,
        visibility: Visibility.PUBLIC,
      });
      const created = members.map((member, index) =>
        tx.create(Organisation, {
          name: member.name!,
          type: member.type,
          region: fields.region,
          slug: slugs[index + 1],
          admittedAt: null,
          visibility: Visibility.PUBLIC,
        }),
      );
      organisation.memberOrganisations.set(created);
      alongside(tx, organisation);
      await tx.flush();
      return organisation;
    });
  }

  pendingApplications(): Promise<Organisation[]> {
    return this.em.find(Organisation, { admittedAt: null, partOf: { $none: { admittedAt: null } } }, { orderBy: { createdAt: 'asc' } });
  }

  /** Admits an applicant cooperation together with its member organisations. */
  async admit(viewer: Viewer, id: string): Promise<Organisation> {
    return this.em.transactional(async (tx) => {
      const organisation = await findByIdOr404(tx, Organisation, id, 'organisationNotFound', { populate: ['memberOrganisations'] });
      if (organisation.admittedAt) throw conflict('organisationAlreadyAdmitted');
      const now = new Date();
      organisation.admittedAt = now;
      for (const member of organisation.memberOrganisations) member.admittedAt ??= now;
      recordAudit(tx, { action: AuditAction.ORGANISATION_ADMITTED, actorId: viewer.userId, organisationId: organisation.id });
      await tx.flush();
      return organisation;
    });
  }

  /** The organisation's texts by the shared rules (absent fields of an update are null and not changed). */
  private validated(
    v: InputValidator,
    rules: typeof INPUT_RULES.createOrganisation | typeof INPUT_RULES.updateOrganisation,
    input: { name?: string | null; region?: string | null; description?: string | null; website?: string | null },
  ) {
    const texts = v.input<{ name?: string; region?: string | null; description?: string | null; website?: string | null }>(rules, input);
    return {
      name: texts?.name ?? null,
      region: texts?.region ?? null,
      description: texts?.description ?? null,
      website: texts?.website || null,
    };
  }

  private async membersFor(v: InputValidator, ids: string[] | null | undefined, selfId?: string): Promise<Organisation[]> {
    if (!ids?.length) return [];
    if (ids.length > LIMITS.cooperationMembersMax || ids.some((id) => !isUuid(id) || id === selfId)) {
      v.fail('memberOrganisationIds', 'unknownOrganisation');
      return [];
    }
    const members = await this.em.find(Organisation, {
      id: { $in: ids },
      type: { $in: [OrganisationType.MUNICIPALITY, OrganisationType.OCMW, OrganisationType.OTHER] },
    });
    if (members.length !== new Set(ids).size) v.fail('memberOrganisationIds', 'unknownOrganisation');
    return members;
  }

  private async uniqueSlug(tx: EntityManager, name: string, taken: string[] = []): Promise<string> {
    const base = slugify(name);
    const existing = await tx.find(Organisation, { slug: { $like: `${base}%` } }, { fields: ['slug'] });
    const used = new Set([...existing.map((o) => o.slug), ...taken]);
    let slug = base;
    for (let n = 2; used.has(slug); n += 1) slug = `${base}-${n}`;
    return slug;
  }

  /**
   * Runs `work` in a transaction; when another request took one of its slugs in the meantime (two cooperations with
   * the same name applying at once), runs it again with the slugs as they are now.
   */
  private async withFreeSlugs(locale: Locale, work: (tx: EntityManager) => Promise<Organisation>): Promise<Organisation> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.em.transactional(work);
      } catch (error) {
        if (!(error instanceof UniqueConstraintViolationException)) throw error;
        if (attempt === 5) throw badInput({ name: errorMessage('organisationNameTaken', locale) }, message(locale, 'fixFields'));
      }
    }
  }
}
