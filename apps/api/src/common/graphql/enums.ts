import { registerEnumType } from '@nestjs/graphql';
import {
  AssessmentMoment,
  AuditAction,
  Competence,
  LeavingPosts,
  MembershipRequestStatus,
  NetworkRole,
  OrganisationType,
  PostKind,
  ProjectFocus,
  Reaction,
  RegistrationStatus,
  ReportKind,
  ThemeOrder,
  ThemeStatus,
  Visibility,
} from '@ln/domain';

// The contract's enums, registered once for the schema.
registerEnumType(NetworkRole, { name: 'NetworkRole' });
registerEnumType(OrganisationType, { name: 'OrganisationType' });
registerEnumType(Visibility, { name: 'Visibility' });
registerEnumType(ProjectFocus, { name: 'ProjectFocus' });
registerEnumType(ReportKind, { name: 'ReportKind' });
registerEnumType(ThemeStatus, { name: 'ThemeStatus' });
registerEnumType(Competence, { name: 'Competence' });
registerEnumType(PostKind, { name: 'PostKind' });
registerEnumType(Reaction, { name: 'Reaction' });
registerEnumType(MembershipRequestStatus, { name: 'MembershipRequestStatus' });
registerEnumType(RegistrationStatus, { name: 'RegistrationStatus' });
registerEnumType(ThemeOrder, { name: 'ThemeOrder' });
registerEnumType(AuditAction, { name: 'AuditAction' });
registerEnumType(AssessmentMoment, { name: 'AssessmentMoment' });
registerEnumType(LeavingPosts, { name: 'LeavingPosts' });
