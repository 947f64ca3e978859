import { Suspense } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { RequireAdmin, RequireStaff, RequireViewer } from '../features/auth/guards';
import { MembersOnly } from '../features/discussions/MembersOnly';
import { LandingPage } from '../features/landing/LandingPage';
import { Layout } from './Layout';
import { lazyPage } from './lazyPage';
import { NotFound } from '../lib/NotFound';

const AdminPage = lazyPage(() => import('../features/admin/AdminPage'), 'AdminPage');
const InvitePanel = lazyPage(() => import('../features/admin/invite/InvitePanel'), 'InvitePanel');
const AuditLogPanel = lazyPage(() => import('../features/admin/audit/AuditLogPanel'), 'AuditLogPanel');
const OrganisationsPanel = lazyPage(() => import('../features/admin/organisations/OrganisationsPanel'), 'OrganisationsPanel');
const PracticeReviewPanel = lazyPage(() => import('../features/admin/practices/PracticeReviewPanel'), 'PracticeReviewPanel');
const ReportsPanel = lazyPage(() => import('../features/admin/reports/ReportsPanel'), 'ReportsPanel');
const MembershipRequestsPanel = lazyPage(() => import('../features/admin/requests/MembershipRequestsPanel'), 'MembershipRequestsPanel');
const AcceptInvitationPage = lazyPage(() => import('../features/auth/AcceptInvitationPage'), 'AcceptInvitationPage');
const ForgotPasswordPage = lazyPage(() => import('../features/auth/ForgotPasswordPage'), 'ForgotPasswordPage');
const LoginPage = lazyPage(() => import('../features/auth/LoginPage'), 'LoginPage');
const RegisterPage = lazyPage(() => import('../features/auth/RegisterPage'), 'RegisterPage');
const ResetPasswordPage = lazyPage(() => import('../features/auth/ResetPasswordPage'), 'ResetPasswordPage');
const StartThreadPage = lazyPage(() => import('../features/discussions/StartThreadPage'), 'StartThreadPage');
const ThreadPage = lazyPage(() => import('../features/discussions/ThreadPage'), 'ThreadPage');
const ThreadsPage = lazyPage(() => import('../features/discussions/ThreadsPage'), 'ThreadsPage');
const PracticePage = lazyPage(() => import('../features/practices/PracticePage'), 'PracticePage');
const PracticesPage = lazyPage(() => import('../features/practices/PracticesPage'), 'PracticesPage');
const PublishPracticePage = lazyPage(() => import('../features/practices/PublishPracticePage'), 'PublishPracticePage');
const GoodbyePage = lazyPage(() => import('../features/profile/GoodbyePage'), 'GoodbyePage');
const InsightPage = lazyPage(() => import('../features/insight/InsightPage'), 'InsightPage');
const LearningOutcomesPage = lazyPage(() => import('../features/learning/LearningOutcomesPage'), 'LearningOutcomesPage');
const OpenDataPage = lazyPage(() => import('../features/open-data/OpenDataPage'), 'OpenDataPage');
const SearchPage = lazyPage(() => import('../features/search/SearchPage'), 'SearchPage');
const ThemeBoardPage = lazyPage(() => import('../features/themes/ThemeBoardPage'), 'ThemeBoardPage');
const ThemeMapPrintPage = lazyPage(() => import('../features/themes/ThemeMapPrintPage'), 'ThemeMapPrintPage');
const ThemePage = lazyPage(() => import('../features/themes/ThemePage'), 'ThemePage');
const ThemesPage = lazyPage(() => import('../features/themes/ThemesPage'), 'ThemesPage');
const AttendanceOverviewPage = lazyPage(() => import('../features/meetings/AttendanceOverviewPage'), 'AttendanceOverviewPage');
const EditMeetingPage = lazyPage(() => import('../features/meetings/MeetingFormPages'), 'EditMeetingPage');
const PlanMeetingPage = lazyPage(() => import('../features/meetings/MeetingFormPages'), 'PlanMeetingPage');
const MeetingPage = lazyPage(() => import('../features/meetings/MeetingPage'), 'MeetingPage');
const MeetingReportPage = lazyPage(() => import('../features/meetings/MeetingReportPage'), 'MeetingReportPage');
const MeetingsPage = lazyPage(() => import('../features/meetings/MeetingsPage'), 'MeetingsPage');
const LegacyMeetingRedirect = lazyPage(() => import('../features/meetings/LegacyMeetingRedirect'), 'LegacyMeetingRedirect');
const MembersAreaPage = lazyPage(() => import('../features/members-area/MembersAreaPage'), 'MembersAreaPage');
const OrganisationPage = lazyPage(() => import('../features/organisations/OrganisationPage'), 'OrganisationPage');
const OrganisationsPage = lazyPage(() => import('../features/organisations/OrganisationsPage'), 'OrganisationsPage');
const PersonRoute = lazyPage(() => import('../features/people/PersonPage'), 'PersonRoute');
const ProfilePage = lazyPage(() => import('../features/profile/ProfilePage'), 'ProfilePage');
const ProjectPage = lazyPage(() => import('../features/projects/ProjectPage'), 'ProjectPage');
const ProjectsPage = lazyPage(() => import('../features/projects/ProjectsPage'), 'ProjectsPage');
const MembersPage = lazyPage(() => import('../features/landing/MembersPage'), 'MembersPage');
const StyleGuidePage = lazyPage(() => import('../ui/styleguide/StyleGuidePage'), 'StyleGuidePage');

// Addresses are Dutch, like the UI's first language.
export const routes: RouteObject[] = [
  // The theme board is shown on a projector: no site frame.
  {
    path: '/themas/bord',
    element: (
      <Suspense fallback={null}>
        <ThemeBoardPage />
      </Suspense>
    ),
  },
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
      {
        path: 'profiel',
        element: (
          <RequireViewer>
            <ProfilePage />
          </RequireViewer>
        ),
      },
      {
        path: 'ledenruimte',
        element: (
          <RequireViewer>
            <MembersAreaPage />
          </RequireViewer>
        ),
      },
      { path: 'leden', element: <MembersPage /> },
      { path: 'organisaties', element: <OrganisationsPage /> },
      { path: 'organisaties/:id', element: <OrganisationPage /> },
      { path: 'projecten', element: <ProjectsPage /> },
      { path: 'projecten/:id', element: <ProjectPage /> },
      { path: 'ontmoetingsmomenten', element: <MeetingsPage /> },
      {
        path: 'ontmoetingsmomenten/nieuw',
        element: (
          <RequireStaff>
            <PlanMeetingPage />
          </RequireStaff>
        ),
      },
      {
        path: 'ontmoetingsmomenten/aanwezigheid',
        element: (
          <RequireStaff>
            <AttendanceOverviewPage />
          </RequireStaff>
        ),
      },
      { path: 'ontmoetingsmomenten/:id', element: <MeetingPage /> },
      {
        path: 'ontmoetingsmomenten/:id/bewerken',
        element: (
          <RequireStaff>
            <EditMeetingPage />
          </RequireStaff>
        ),
      },
      { path: 'ontmoetingsmomenten/:id/verslag', element: <MeetingReportPage /> },
      // Links in notifications, calendar feeds and report files say /bijeenkomsten/<id>.
      { path: 'bijeenkomsten/:id', element: <LegacyMeetingRedirect /> },
      { path: 'mensen/:id', element: <PersonRoute /> },
      { path: 'zoeken', element: <SearchPage /> },
      { path: 'open-data', element: <OpenDataPage /> },
      { path: 'tot-ziens', element: <GoodbyePage /> },
      {
        path: 'inzicht',
        element: (
          <MembersOnly>
            <InsightPage />
          </MembersOnly>
        ),
      },
      {
        path: 'leerresultaten',
        element: (
          <MembersOnly>
            <LearningOutcomesPage />
          </MembersOnly>
        ),
      },
      { path: 'praktijken', element: <PracticesPage /> },
      {
        path: 'praktijken/nieuw',
        element: (
          <MembersOnly>
            <PublishPracticePage />
          </MembersOnly>
        ),
      },
      { path: 'praktijken/:slug', element: <PracticePage /> },
      { path: 'themas', element: <ThemesPage /> },
      { path: 'themas/:id', element: <ThemePage /> },
      {
        path: 'themas/:id/kaart',
        element: (
          <MembersOnly>
            <ThemeMapPrintPage />
          </MembersOnly>
        ),
      },
      {
        path: 'discussies',
        element: (
          <MembersOnly>
            <ThreadsPage />
          </MembersOnly>
        ),
      },
      {
        path: 'discussies/nieuw',
        element: (
          <MembersOnly>
            <StartThreadPage />
          </MembersOnly>
        ),
      },
      {
        path: 'discussies/:id',
        element: (
          <MembersOnly>
            <ThreadPage />
          </MembersOnly>
        ),
      },
      {
        path: 'beheer',
        element: (
          <RequireStaff>
            <AdminPage />
          </RequireStaff>
        ),
        children: [
          { index: true, element: <MembershipRequestsPanel /> },
          { path: 'organisaties', element: <OrganisationsPanel /> },
          { path: 'rapporten', element: <ReportsPanel /> },
          { path: 'praktijken', element: <PracticeReviewPanel /> },
          { path: 'uitnodigen', element: <InvitePanel /> },
          {
            path: 'logboek',
            element: (
              <RequireAdmin>
                <AuditLogPanel />
              </RequireAdmin>
            ),
          },
        ],
      },
      // The style guide is for development only: not in the production build.
      ...(import.meta.env.DEV ? [{ path: 'stijl', element: <StyleGuidePage /> }] : []),
      { path: '*', element: <NotFound /> },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
