import { INPUT_RULES } from '@ln/domain';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { Form } from '../../ui/Form';
import { PageTitle } from '../../ui/PageTitle';
import { TextField } from '../../ui/TextField';
import { useForm } from '../../ui/useForm';
import { RETURN_PARAM, safeReturnPath } from './returnPath';
import { useLogin } from './useLogin';
import { useViewer } from './viewer';

/**
 * /aanmelden — sign in with e-mail and password, then back to where the person came
 * from. Someone already signed in is sent on at once, not shown the form again.
 */
export function LoginPage() {
  const [params] = useSearchParams();
  const { viewer } = useViewer();
  if (viewer) return <Navigate to={safeReturnPath(params.get(RETURN_PARAM))} replace />;
  return <LoginForm />;
}

function LoginForm() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { login } = useLogin();
  const form = useForm({
    id: 'login',
    initial: { email: '', password: '' },
    labels: { email: t('auth.email'), password: t('auth.password') },
    inputRules: INPUT_RULES.login,
    messages: { UNAUTHENTICATED: t('auth.login.failed'), RATE_LIMITED: t('auth.login.rateLimited') },
    onSubmit: async ({ email, password }) => {
      await login(email, password);
      await navigate(safeReturnPath(params.get(RETURN_PARAM)));
    },
  });

  return (
    <div className="narrow">
      <PageTitle title={t('auth.login.title')} />
      <Form summary={form.summary} onSubmit={form.handleSubmit} submitting={form.submitting} submitLabel={t('auth.login.submit')}>
        <TextField {...form.field('email')} type="email" autoComplete="email" spellCheck={false} required />
        <TextField {...form.field('password')} type="password" autoComplete="current-password" required />
      </Form>
      <p>
        <Link to="/wachtwoord-vergeten">{t('auth.login.forgotPassword')}</Link>
      </p>
      <p>
        {t('auth.login.noAccount')} <Link to="/registreren">{t('auth.register.title')}</Link>
      </p>
    </div>
  );
}
