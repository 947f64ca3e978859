// Domain enums shared by the API (GraphQL enums, database columns) and the web app.
// Names are fixed by the public API contract.

export enum NetworkRole {
  MEMBER = 'MEMBER',
  FACILITATOR = 'FACILITATOR',
  ADMIN = 'ADMIN',
}

export enum OrganisationType {
  MUNICIPALITY = 'MUNICIPALITY',
  OCMW = 'OCMW',
  PARTNERSHIP = 'PARTNERSHIP',
  WELFARE_REGION = 'WELFARE_REGION',
  AGENCY = 'AGENCY',
  ASSOCIATION = 'ASSOCIATION',
  OTHER = 'OTHER',
}

export enum Visibility {
  PUBLIC = 'PUBLIC',
  MEMBERS = 'MEMBERS',
}

export enum ProjectFocus {
  RECEPTION = 'RECEPTION',
  INCLUSIVE = 'INCLUSIVE',
}

export enum ReportKind {
  INTERIM_PROGRESS = 'INTERIM_PROGRESS',
  FINAL_CONTENT = 'FINAL_CONTENT',
  FINANCIAL = 'FINANCIAL',
}

export enum ThemeStatus {
  PROPOSED = 'PROPOSED',
  ADOPTED = 'ADOPTED',
  ADDRESSED = 'ADDRESSED',
  ARCHIVED = 'ARCHIVED',
}

export enum Competence {
  RESISTANCE = 'RESISTANCE',
  SUPPORT_AND_URGENCY = 'SUPPORT_AND_URGENCY',
  STRATEGIC_THINKING = 'STRATEGIC_THINKING',
  COMMUNICATION = 'COMMUNICATION',
  OTHER = 'OTHER',
}

/** The four key competences the network named; a pilot project assesses itself on each. */
export const KEY_COMPETENCES: readonly Competence[] = [
  Competence.RESISTANCE,
  Competence.SUPPORT_AND_URGENCY,
  Competence.STRATEGIC_THINKING,
  Competence.COMMUNICATION,
];

/** When a pilot project assesses itself: at the start, with the interim report, with the final report. */
export enum AssessmentMoment {
  START = 'START',
  INTERIM = 'INTERIM',
  FINAL = 'FINAL',
}

export const ASSESSMENT_MOMENTS: readonly AssessmentMoment[] = [AssessmentMoment.START, AssessmentMoment.INTERIM, AssessmentMoment.FINAL];

export enum PostKind {
  COMMENT = 'COMMENT',
  BOTTLENECK = 'BOTTLENECK',
  LEVER = 'LEVER',
  GOOD_PRACTICE = 'GOOD_PRACTICE',
  SOLUTION_STRATEGY = 'SOLUTION_STRATEGY',
}

export enum Reaction {
  LIKE = 'LIKE',
  THANKS = 'THANKS',
  INSIGHTFUL = 'INSIGHTFUL',
}

export enum MembershipRequestStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}

export enum RegistrationStatus {
  REGISTERED = 'REGISTERED',
  WAITLISTED = 'WAITLISTED',
  CANCELLED = 'CANCELLED',
}

/** Ordering of the themes list: most supported first, or newest first. */
export enum ThemeOrder {
  SUPPORT = 'SUPPORT',
  RECENT = 'RECENT',
}

export enum PracticeStatus {
  DRAFT = 'DRAFT',
  IN_REVIEW = 'IN_REVIEW',
  PUBLISHED = 'PUBLISHED',
}

/** What the audit trail records: facilitators' and admins' actions, and security events. */
export enum AuditAction {
  ROLE_CHANGED = 'ROLE_CHANGED',
  MEMBERSHIP_APPROVED = 'MEMBERSHIP_APPROVED',
  MEMBERSHIP_REJECTED = 'MEMBERSHIP_REJECTED',
  MEMBERSHIP_REMOVED = 'MEMBERSHIP_REMOVED',
  ORGANISATION_CREATED = 'ORGANISATION_CREATED',
  ORGANISATION_UPDATED = 'ORGANISATION_UPDATED',
  ORGANISATION_ADMITTED = 'ORGANISATION_ADMITTED',
  REPORT_APPROVED = 'REPORT_APPROVED',
  REPORT_SENT_BACK = 'REPORT_SENT_BACK',
  PRACTICE_APPROVED = 'PRACTICE_APPROVED',
  PRACTICE_REJECTED = 'PRACTICE_REJECTED',
  POST_HIDDEN = 'POST_HIDDEN',
  POST_SHOWN = 'POST_SHOWN',
  MEETING_CANCELLED = 'MEETING_CANCELLED',
  INVITATION_SENT = 'INVITATION_SENT',
  PASSWORD_RESET = 'PASSWORD_RESET',
  SESSIONS_REVOKED = 'SESSIONS_REVOKED',
  LOGIN_THROTTLED = 'LOGIN_THROTTLED',
  ACCOUNT_DELETION_REQUESTED = 'ACCOUNT_DELETION_REQUESTED',
  ACCOUNT_DELETION_CANCELLED = 'ACCOUNT_DELETION_CANCELLED',
  ACCOUNT_DELETED = 'ACCOUNT_DELETED',
}

/** What happens to the posts of someone who leaves the network. */
export enum LeavingPosts {
  /** They stay, under "Voormalig lid". */
  KEEP_ANONYMOUS = 'KEEP_ANONYMOUS',
  /** Their text is removed; a tombstone keeps the thread readable. */
  REMOVE = 'REMOVE',
}

/** The audit actions a member sees about their own posts. */
export const MODERATION_ACTIONS: readonly AuditAction[] = [AuditAction.POST_HIDDEN, AuditAction.POST_SHOWN];

export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  CONFLICT = 'CONFLICT',
  RATE_LIMITED = 'RATE_LIMITED',
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  /** The database cannot be reached or is saturated: try again shortly (HTTP carries Retry-After). */
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}
