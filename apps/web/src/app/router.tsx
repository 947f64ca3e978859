import { createBrowserRouter, type RouteObject } from 'react-router';
import { AdminPage } from '../features/admin/AdminPage';
import { InvitePanel } from '../features/admin/invite/InvitePanel';
import { OrganisationsPanel } from '../features/admin/organisations/OrganisationsPanel';
import { PracticeReviewPanel } from '../features/admin/practices/PracticeReviewPanel';
import { ReportsPanel } from '../features/admin/reports/ReportsPanel';
import { MembershipRequestsPanel } from '../features/admin/requests/MembershipRequestsPanel';
import { AcceptInvitationPage } from '../features/auth/AcceptInvitationPage';
import { ForgotPasswordPage } from '../features/auth/ForgotPasswordPage';
import { RequireStaff, RequireViewer } from '../features/auth/guards';
import { LoginPage } from '../features/auth/LoginPage';
import { RegisterPage } from '../features/auth/RegisterPage';
import { ResetPasswordPage } from '../features/auth/ResetPasswordPage';
import { MembersOnly } from '../features/discussions/MembersOnly';
import { StartThreadPage } from '../features/discussions/StartThreadPage';
import { ThreadPage } from '../features/discussions/ThreadPage';
import { ThreadsPage } from '../features/discussions/ThreadsPage';
import { LandingPage } from '../features/landing/LandingPage';
import { PracticePage } from '../features/practices/PracticePage';
import { PracticesPage } from '../features/practices/PracticesPage';
import { PublishPracticePage } from '../features/practices/PublishPracticePage';
import { SearchPage } from '../features/search/SearchPage';
import { ThemeBoardPage } from '../features/themes/ThemeBoardPage';
import { ThemeMapPrintPage } from '../features/themes/ThemeMapPrintPage';
import { ThemePage } from '../features/themes/ThemePage';
import { ThemesPage } from '../features/themes/ThemesPage';
import { AttendanceOverviewPage } from '../features/meetings/AttendanceOverviewPage';
import { EditMeetingPage, PlanMeetingPage } from '../features/meetings/MeetingFormPages';
import { MeetingPage } from '../features/meetings/MeetingPage';
import { MeetingReportPage } from '../features/meetings/MeetingReportPage';
import { MeetingsPage } from '../features/meetings/MeetingsPage';
import { LegacyMeetingRedirect } from '../features/meetings/LegacyMeetingRedirect';
import { MembersAreaPage } from '../features/members-area/MembersAreaPage';
import { OrganisationPage } from '../features/organisations/OrganisationPage';
import { OrganisationsPage } from '../features/organisations/OrganisationsPage';
import { PersonRoute } from '../features/people/PersonPage';
import { ProfilePage } from '../features/profile/ProfilePage';
import { ProjectPage } from '../features/projects/ProjectPage';
import { ProjectsPage } from '../features/projects/ProjectsPage';
import { Layout } from './Layout';
import { NotFound } from './NotFound';

// Addresses are Dutch, like the UI's first language.
export const routes: RouteObject[] = [
  // The theme board is shown on a projector: no site frame.
  { path: '/themas/bord', element: <ThemeBoardPage /> },
  {
    path: '/',
    element: <Layout />,
    children: [
      { index: true, element: <LandingPage /> },
      { path: 'aanmelden', element: <LoginPage /> },
      { path: 'registreren', element: <RegisterPage /> },
      { path: 'wachtwoord-vergeten', element: <ForgotPasswordPage /> },
      { path: 'wachtwoord-herstellen', element: <ResetPasswordPage /> },
      { path: 'uitnodiging', element: <AcceptInvitationPage /> },
      { path: 'profiel', element: <RequireViewer><ProfilePage /></RequireViewer> },
      { path: 'ledenruimte', element: <RequireViewer><MembersAreaPage /></RequireViewer> },
      { path: 'organisaties', element: <OrganisationsPage /> },
      { path: 'organisaties/:id', element: <OrganisationPage /> },
      { path: 'projecten', element: <ProjectsPage /> },
      { path: 'projecten/:id', element: <ProjectPage /> },
      { path: 'ontmoetingsmomenten', element: <MeetingsPage /> },
      { path: 'ontmoetingsmomenten/nieuw', element: <RequireStaff><PlanMeetingPage /></RequireStaff> },
      { path: 'ontmoetingsmomenten/aanwezigheid', element: <RequireStaff><AttendanceOverviewPage /></RequireStaff> },
      { path: 'ontmoetingsmomenten/:id', element: <MeetingPage /> },
      { path: 'ontmoetingsmomenten/:id/bewerken', element: <RequireStaff><EditMeetingPage /></RequireStaff> },
      { path: 'ontmoetingsmomenten/:id/verslag', element: <MeetingReportPage /> },
      // Links in notifications, calendar feeds and report files say /bijeenkomsten/<id>.
      { path: 'bijeenkomsten/:id', element: <LegacyMeetingRedirect /> },
      { path: 'mensen/:id', element: <PersonRoute /> },
      { path: 'zoeken', element: <SearchPage /> },
      { path: 'praktijken', element: <PracticesPage /> },
      { path: 'praktijken/nieuw', element: <MembersOnly><PublishPracticePage /></MembersOnly> },
      { path: 'praktijken/:slug', element: <PracticePage /> },
      { path: 'themas', element: <ThemesPage /> },
      { path: 'themas/:id', element: <ThemePage /> },
      { path: 'themas/:id/kaart', element: <MembersOnly><ThemeMapPrintPage /></MembersOnly> },
      { path: 'discussies', element: <MembersOnly><ThreadsPage /></MembersOnly> },
      { path: 'discussies/nieuw', element: <MembersOnly><StartThreadPage /></MembersOnly> },
      { path: 'discussies/:id', element: <MembersOnly><ThreadPage /></MembersOnly> },
      {
        path: 'beheer',
        element: <RequireStaff><AdminPage /></RequireStaff>,
        children: [
          { index: true, element: <MembershipRequestsPanel /> },
          { path: 'organisaties', element: <OrganisationsPanel /> },
          { path: 'rapporten', element: <ReportsPanel /> },
          { path: 'praktijken', element: <PracticeReviewPanel /> },
          { path: 'uitnodigen', element: <InvitePanel /> },
        ],
      },
      { path: '*', element: <NotFound /> },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
