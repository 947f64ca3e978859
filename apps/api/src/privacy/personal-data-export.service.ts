import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../common/auth/viewer';
import { notFound } from '../common/errors/domain-error';
import { isUuid } from '../common/ids';
import { zipOf } from '../common/zip';
import { AppConfig } from '../config/app-config';
import { JobQueue } from '../jobs/job-queue';
import { NotificationsService } from '../notifications/notifications.service';
import { PersonalDataExport } from './personal-data-export.entity';
import { partAsJson, partAsMarkdown, personalData } from './personal-data';

const JOB = 'personal-data-export';

const README = `# Je gegevens op het Lerend Netwerk

Dit bestand bevat alles wat het platform over jou bijhoudt, elk deel twee keer: als JSON (om te verwerken) en als
Markdown (om te lezen). Tijdstippen zijn ISO 8601 in UTC. Bijdragen van anderen staan er niet in, ook niet als ze op
de jouwe antwoorden. Wat het platform bewaart en hoe lang: zie de privacyverklaring van het netwerk (docs/privacy.md).
`;

/**
 * "Download my data" (AVG art. 15 and 20): the member asks, a job builds the ZIP away from any request, the member is
 * notified (in the app and by mail) and can download it until it expires (PERSONAL_EXPORT_DAYS).
 */
@Injectable()
export class PersonalDataExportService {
  constructor(
    private readonly em: EntityManager,
    private readonly jobs: JobQueue,
    private readonly notifications: NotificationsService,
    private readonly config: AppConfig,
  ) {
    jobs.define<{ exportId: string }>({
      name: JOB,
      handle: ({ exportId }) => this.build(exportId),
      retry: { limit: 3, delaySeconds: 30, backoff: true },
    });
  }

  /** Asks for an export; one that is still being made is reused (a second click adds nothing). */
  async request(viewer: Viewer): Promise<PersonalDataExport> {
    return this.em.transactional(async (tx) => {
      const pending = await tx.findOne(PersonalDataExport, { user: viewer.userId, readyAt: null });
      if (pending) return pending;
      const created = tx.create(PersonalDataExport, { user: tx.getReference('User', viewer.userId) } as never);
      await tx.flush();
      await this.jobs.send(JOB, { exportId: created.id }, tx);
      return created;
    });
  }

  /** The viewer's exports that are being made or can still be downloaded, newest first. */
  mine(viewer: Viewer): Promise<PersonalDataExport[]> {
    return this.em.find(
      PersonalDataExport,
      { user: viewer.userId, $or: [{ readyAt: null }, { expiresAt: { $gt: new Date() } }] },
      { orderBy: { requestedAt: 'desc' } },
    );
  }

  /** The ZIP, for its owner only, while it has not expired; NOT_FOUND otherwise (also for a guessed id). */
  async download(viewer: Viewer, id: string): Promise<{ bytes: Buffer; requestedAt: Date }> {
    const found = isUuid(id)
      ? await this.em.findOne(
          PersonalDataExport,
          { id, user: viewer.userId, readyAt: { $ne: null }, expiresAt: { $gt: new Date() } },
          { populate: ['bytes'] },
        )
      : null;
    if (!found?.bytes) throw notFound('personalDataExportNotFound');
    return { bytes: found.bytes, requestedAt: found.requestedAt };
  }

  private async build(exportId: string): Promise<void> {
    const em = this.em.fork();
    const job = await em.findOne(PersonalDataExport, { id: exportId, readyAt: null });
    if (!job) return; // done by an earlier run, or the account is gone
    const siteUrl = this.config.publicUrl.replace(/\/+$/, '');
    const parts = await personalData(em, job.user.id, siteUrl);
    const bytes = await zipOf([
      { name: 'README.md', content: README },
      ...parts.flatMap((part) => [
        { name: `${part.name}.json`, content: partAsJson(part) },
        { name: `${part.name}.md`, content: partAsMarkdown(part) },
      ]),
    ]);
    const expiresAt = new Date(Date.now() + this.config.personalExportDays * 86_400_000);
    const queued = await em.transactional(async (tx) => {
      const locked = await tx.findOne(PersonalDataExport, { id: exportId, readyAt: null });
      if (!locked) return [];
      Object.assign(locked, { bytes, size: bytes.length, readyAt: new Date(), expiresAt });
      const notifications = this.notifications.queue(tx, [locked.user.id], {
        kind: 'PERSONAL_DATA_READY',
        subject: `Je gegevens staan klaar om te downloaden, tot ${expiresAt.toLocaleDateString('nl-BE', { timeZone: 'Europe/Brussels' })}.`,
        link: '/profiel#mijn-gegevens',
      });
      await tx.flush();
      return notifications;
    });
    await this.notifications.announce(queued);
  }
}
