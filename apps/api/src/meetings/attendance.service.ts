import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { invalidField } from '../common/errors/domain-error';
import { Organisation } from '../organisations/organisation.entity';

export interface OrganisationAttendance {
  organisation: Organisation;
  meetingsAttended: number;
  attendees: number;
  lastAttendedAt: Date;
}

/** Attendance per organisation over time: which organisations keep coming (for facilitators). */
@Injectable()
export class AttendanceService {
  constructor(private readonly em: EntityManager) {}

  async byOrganisation(from: Date | null | undefined, to: Date | null | undefined): Promise<OrganisationAttendance[]> {
    if (from && to && to < from) throw invalidField('to', 'periodEndBeforeStart');
    const rows: Array<{ organisation_id: string; meetings: string; attendees: string; last: Date }> = await this.em.getConnection().execute(
      `select ms.organisation_id, count(distinct r.meeting_id) as meetings, count(distinct r.user_id) as attendees, max(m.starts_at) as last
         from meeting_registration r
         join meeting m on m.id = r.meeting_id and m.cancelled_at is null
         join membership ms on ms.user_id = r.user_id
        where r.attended = true and m.starts_at >= ? and m.starts_at <= ?
        group by ms.organisation_id`,
      [from ?? new Date(0), to ?? new Date('9999-12-31T00:00:00Z')],
    );
    const organisations = rows.length ? await this.em.find(Organisation, { id: { $in: rows.map((r) => r.organisation_id) } }) : [];
    const byId = new Map(organisations.map((o) => [o.id, o]));
    return rows
      .map((row) => ({
        organisation: byId.get(row.organisation_id)!,
        meetingsAttended: Number(row.meetings),
        attendees: Number(row.attendees),
        lastAttendedAt: new Date(row.last),
      }))
      .sort((a, b) => b.meetingsAttended - a.meetingsAttended || a.organisation.name.localeCompare(b.organisation.name, 'nl'));
  }
}
