import { INPUT_RULES } from '@ln/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Form } from '../../ui/Form';
import { InfoNotice, SuccessNotice } from '../../ui/Notice';
import { PageTitle } from '../../ui/PageTitle';
import { useForm } from '../../ui/useForm';
import { NewPasswordField } from './NewPasswordField';
import { useResetPassword } from './usePasswordReset';

/** /wachtwoord-herstellen?token=… — a new password from the link in the e-mail. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const { resetPassword } = useResetPassword();
  const [done, setDone] = useState(false);
  const form = useForm({
    id: 'reset',
    initial: { password: '' },
    labels: { password: t('auth.newPassword') },
    inputRules: INPUT_RULES.resetPassword,
    onSubmit: async (values) => {
      await resetPassword(token, values.password);
      setDone(true);
    },
  });

  return (
    <div className="narrow">
      <PageTitle title={t('auth.reset.title')} />
      {done ? (
        <SuccessNotice>
          <p>
            {t('auth.reset.done')} <Link to="/aanmelden">{t('auth.login.title')}</Link>
          </p>
        </SuccessNotice>
      ) : !token ? (
        <InfoNotice>
          <p>
            {t('auth.missingToken')} <Link to="/wachtwoord-vergeten">{t('auth.forgot.title')}</Link>
          </p>
        </InfoNotice>
      ) : (
        <Form summary={form.summary} onSubmit={form.handleSubmit} submitting={form.submitting} submitLabel={t('auth.reset.submit')}>
          <NewPasswordField {...form.field('password')} />
        </Form>
      )}
    </div>
  );
}
