import { NetworkRole } from '@ln/domain';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation } from 'react-router';
import { PageTitle } from '../../ui/PageTitle';
import { LoadError, Loading } from '../../ui/QueryState';
import { loginPathFor } from './returnPath';
import { isMember, isStaff, useViewer } from './viewer';

/** Pages for signed-in people: anonymous visitors go to /aanmelden?terug=<this page>. */
export function RequireViewer({ children }: { children: ReactNode }) {
  const { viewer, known, error, refetch } = useViewer();
  const location = useLocation();
  if (!known) return error ? <LoadError onRetry={() => void refetch()} /> : <Loading />;
  if (!viewer) return <Navigate to={loginPathFor(`${location.pathname}${location.search}`)} replace />;
  return <>{children}</>;
}

/** Pages for facilitators and administrators; everyone else reads that they have no access. */
export function RequireStaff({ children }: { children: ReactNode }) {
  const { viewer } = useViewer();
  return <RequireViewer>{isStaff(viewer?.role) ? children : <NoAccess />}</RequireViewer>;
}

/** Pages for administrators only (the audit log). */
export function RequireAdmin({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  return <RequireViewer>{viewer?.role === NetworkRole.ADMIN ? children : <NoAccess body={t('auth.noAccess.adminsOnly')} />}</RequireViewer>;
}

/** Pages for members of the network (discussions); others read that they are for members. */
export function RequireMember({ children, message }: { children: ReactNode; message: string }) {
  const { viewer } = useViewer();
  return <RequireViewer>{isMember(viewer) ? children : <NoAccess body={message} />}</RequireViewer>;
}

export function NoAccess({ body }: { body?: string }) {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle title={t('auth.noAccess.title')} />
      <p>{body ?? t('auth.noAccess.body')}</p>
      <p>
        <Link to="/ledenruimte">{t('auth.noAccess.back')}</Link>
      </p>
    </>
  );
}
