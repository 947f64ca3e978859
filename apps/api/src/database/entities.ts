import { AuthSession } from '../auth/auth-session.entity';
import { AuditEntry } from '../common/audit/audit-entry.entity';
import { PersonalDataExport } from '../privacy/personal-data-export.entity';
import { StoredFile } from '../files/stored-file.entity';
import { CompetenceAssessment } from '../learning/competence-assessment.entity';
import { OneTimeToken } from '../auth/one-time-token.entity';
import { Follow } from '../discussions/follow.entity';
import { ThreadRead } from '../discussions/thread-read.entity';
import { PostRevision } from '../discussions/post-revision.entity';
import { Post } from '../discussions/post.entity';
import { PostReaction } from '../discussions/reaction.entity';
import { Thread } from '../discussions/thread.entity';
import { Practice } from '../knowledge/practice.entity';
import { AgendaItem } from '../meetings/agenda-item.entity';
import { MeetingRegistration } from '../meetings/meeting-registration.entity';
import { Meeting } from '../meetings/meeting.entity';
import { Notification } from '../notifications/notification.entity';
import { NotificationPreference } from '../notifications/notification-preference.entity';
import { Organisation } from '../organisations/organisation.entity';
import { MembershipRequest } from '../people/membership-request.entity';
import { Membership } from '../people/membership.entity';
import { User } from '../people/user.entity';
import { PilotProject } from '../projects/pilot-project.entity';
import { ProjectReport } from '../projects/project-report.entity';
import { CompetenceInfo } from '../themes/competence.entity';
import { ThemeSupport } from '../themes/theme-support.entity';
import { Theme } from '../themes/theme.entity';

/** Every entity of the domain; MikroORM discovers these (no folder globbing). */
export const ENTITIES = [
  Organisation,
  User,
  Membership,
  MembershipRequest,
  PilotProject,
  ProjectReport,
  Meeting,
  AgendaItem,
  MeetingRegistration,
  CompetenceInfo,
  Theme,
  ThemeSupport,
  Thread,
  Post,
  PostRevision,
  PostReaction,
  Practice,
  Notification,
  AuthSession,
  OneTimeToken,
  Follow,
  ThreadRead,
  NotificationPreference,
  AuditEntry,
  PersonalDataExport,
  CompetenceAssessment,
  StoredFile,
];
