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
