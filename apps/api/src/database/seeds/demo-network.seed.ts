import type { EntityManager } from '@mikro-orm/postgresql';
import { NetworkRole, OrganisationType, PracticeStatus, ReportKind, Visibility } from '@ln/domain';
import { brusselsTime } from '../../common/time';
import { AgendaItem } from '../../meetings/agenda-item.entity';
import { Meeting } from '../../meetings/meeting.entity';
import { Organisation } from '../../organisations/organisation.entity';
import { Membership } from '../../people/membership.entity';
import { hashPassword } from '../../people/password-hasher';
import { User } from '../../people/user.entity';
import { PilotProject } from '../../projects/pilot-project.entity';
import { ProjectReport } from '../../projects/project-report.entity';
import { CompetenceInfo } from '../../themes/competence.entity';
import { Theme } from '../../themes/theme.entity';
import { renderMarkdown } from '../../common/markdown/markdown';
import { Practice } from '../../knowledge/practice.entity';
import {
  DEMO_PRACTICES,
  COMPETENCES,
  COORDINATING_BODIES,
  DEMO_PASSWORD,
  FIRST_MEETING_THEMES,
  NOORD_LIMBURG,
  PILOT_PROJECTS,
  REPORT_DUE,
  SUBSIDY_PERIOD,
} from './demo-network.data';

export type SeedResult = 'seeded' | 'skipped';

/**
 * Loads the demo network into an empty database. A database that already has organisations is left alone,
 * so running the seed again (or on every start) adds nothing. Runs in one transaction.
 */
export async function seedDemoNetwork(em: EntityManager, now: Date = new Date()): Promise<SeedResult> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return em.transactional(async (tx) => {
    // Serialise concurrent seeders (several replicas starting at once).
    await tx.execute('select pg_advisory_xact_lock(72707002)');
    if ((await tx.count(Organisation, {})) > 0) return 'skipped';

    for (const competence of COMPETENCES) tx.create(CompetenceInfo, { ...competence, position: COMPETENCES.indexOf(competence) + 1 });

    const bodies = COORDINATING_BODIES.map((body) =>
      tx.create(Organisation, { ...body, region: 'Vlaanderen', subsidised: false, visibility: Visibility.PUBLIC }),
    );
    const [abb, integratie] = bodies;

    const projects = PILOT_PROJECTS.map(({ letter, focus, municipalities }) => {
      const partnership = tx.create(Organisation, {
        slug: `samenwerkingsverband-demo-${letter.toLowerCase()}`,
        name: `Samenwerkingsverband Demo ${letter}`,
        type: OrganisationType.PARTNERSHIP,
        region: `Demoregio ${letter}`,
        subsidised: true,
        visibility: Visibility.PUBLIC,
      });
      const members = Array.from({ length: municipalities }, (_, i) =>
        tx.create(Organisation, {
          slug: `demogemeente-${letter.toLowerCase()}${i + 1}`,
          name: `Demogemeente ${letter}${i + 1}`,
          type: OrganisationType.MUNICIPALITY,
          region: `Demoregio ${letter}`,
          visibility: Visibility.PUBLIC,
        }),
      );
      partnership.memberOrganisations.set(members);
      const project = tx.create(PilotProject, {
        slug: `pilootproject-demo-${letter.toLowerCase()}`,
        title: `Pilootproject Demo ${letter}`,
        focus,
        ...SUBSIDY_PERIOD,
        partnership,
        leadOrganisation: members[0],
      });
      tx.create(ProjectReport, { project, kind: ReportKind.INTERIM_PROGRESS, dueOn: REPORT_DUE.interim });
      tx.create(ProjectReport, { project, kind: ReportKind.FINAL_CONTENT, dueOn: REPORT_DUE.afterEnd });
      tx.create(ProjectReport, { project, kind: ReportKind.FINANCIAL, dueOn: REPORT_DUE.afterEnd });
      return { partnership, project };
    });

    const noordLimburg = tx.create(Organisation, {
      slug: NOORD_LIMBURG.slug,
      name: NOORD_LIMBURG.name,
      type: OrganisationType.WELFARE_REGION,
      region: 'Noord-Limburg',
      subsidised: false,
      visibility: Visibility.PUBLIC,
      description: '9 OCMW’s die samenwerken in het kader van de vluchtelingeninstroom.',
    });
    noordLimburg.memberOrganisations.set(
      Array.from({ length: NOORD_LIMBURG.ocmwCount }, (_, i) =>
        tx.create(Organisation, {
          slug: `ocmw-demo-noord-limburg-${i + 1}`,
          name: `OCMW Demo Noord-Limburg ${i + 1}`,
          type: OrganisationType.OCMW,
          region: 'Noord-Limburg',
          visibility: Visibility.PUBLIC,
        }),
      ),
    );

    const account = (email: string, displayName: string, role: NetworkRole, organisation: Organisation) => {
      const user = tx.create(User, { email, displayName, role, passwordHash });
      tx.create(Membership, { user, organisation });
      return user;
    };
    const admin = account('admin@demo.test', 'Demo Beheerder', NetworkRole.ADMIN, abb);
    account('facilitator@demo.test', 'Demo Facilitator', NetworkRole.FACILITATOR, integratie);
    account('member@demo.test', 'Demo Lid', NetworkRole.MEMBER, projects[0].partnership);
    account('member2@demo.test', 'Demo Lid Noord-Limburg', NetworkRole.MEMBER, noordLimburg);

    // The first meeting happened; the document gives no date, so this one is demo data.
    const firstMeeting = tx.create(Meeting, {
      title: 'Eerste bijeenkomst van het Lerend Netwerk',
      description:
        'De intergemeentelijke projecten rapporteren over de lopende uitvoering en we verzamelen de thema’s ' +
        'waar het Lerend Netwerk verder op inzet. De welzijnsregio Noord-Limburg is betrokken.',
      startsAt: brusselsTime(2016, 9, 20, 13, 30),
      endsAt: brusselsTime(2016, 9, 20, 16, 30),
      location: 'Brussel (demo-locatie)',
      visibility: Visibility.PUBLIC,
      createdBy: admin,
    });
    const agenda: Array<[string, Organisation | null]> = [
      ['Welkom en doel van het Lerend Netwerk', abb],
      ...projects.map(({ project, partnership }): [string, Organisation] => [`Stand van zaken: ${project.title}`, partnership]),
      ['Kennismaking met de welzijnsregio Noord-Limburg', noordLimburg],
      ['Thema’s verzamelen voor het Lerend Netwerk', null],
    ];
    agenda.forEach(([title, presenter], index) => tx.create(AgendaItem, { meeting: firstMeeting, position: index + 1, title, presenter }));
    firstMeeting.invitedOrganisations.set([...projects.map((p) => p.partnership), noordLimburg, ...bodies]);
    const themes = FIRST_MEETING_THEMES.map((theme, index) =>
      tx.create(Theme, {
        ...theme,
        collectedAt: firstMeeting,
        createdAt: new Date(firstMeeting.endsAt.getTime() + index * 60_000),
      }),
    );
    DEMO_PRACTICES.forEach((practice, index) =>
      tx.create(Practice, {
        ...practice,
        competences: [...practice.competences],
        bodyHtml: renderMarkdown(practice.body).html,
        visibility: Visibility.PUBLIC,
        status: PracticeStatus.PUBLISHED,
        organisation: projects[index].partnership,
        theme: themes[index] ?? null,
        publishedAt: new Date(now.getTime() - (index + 1) * 7 * 86_400_000),
      }),
    );

    // An upcoming public meeting moment and a members-only one, relative to today, so the site has a future.
    const inDays = (days: number, hour: number) => {
      const day = new Date(now.getTime() + days * 86_400_000);
      return brusselsTime(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate(), hour, 0);
    };
    tx.create(Meeting, {
      title: 'Ontmoetingsmoment: resultaten delen met alle gemeenten (demo)',
      description: 'Open ontmoetingsmoment voor alle lokale besturen in Vlaanderen over intergemeentelijk samenwerken rond integratie.',
      startsAt: inDays(30, 13),
      endsAt: inDays(30, 16),
      location: 'Demo-locatie',
      capacity: 60,
      visibility: Visibility.PUBLIC,
      createdBy: admin,
    });
    tx.create(Meeting, {
      title: 'Intervisie pilootprojecten (demo)',
      description: 'Intervisie voor de leden van het netwerk.',
      startsAt: inDays(45, 10),
      endsAt: inDays(45, 12),
      onlineUrl: 'https://vergadering.example.test/lerend-netwerk',
      capacity: 20,
      visibility: Visibility.MEMBERS,
      createdBy: admin,
    });
    return 'seeded';
  });
}
