import { INPUT_RULES } from '@ln/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Form } from '../../ui/Form';
import { SuccessNotice } from '../../ui/Notice';
import { PageTitle } from '../../ui/PageTitle';
import { TextField } from '../../ui/TextField';
import { useForm } from '../../ui/useForm';
import { useRequestPasswordReset } from './usePasswordReset';

/** /wachtwoord-vergeten — asks for a reset link; says the same whether the address is known or not. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const { requestPasswordReset } = useRequestPasswordReset();
  const [sentTo, setSentTo] = useState<string>();
  const form = useForm({
    id: 'forgot',
    initial: { email: '' },
    labels: { email: t('auth.email') },
    inputRules: INPUT_RULES.requestPasswordReset,
    onSubmit: async (values) => {
      await requestPasswordReset(values.email);
      setSentTo(values.email.trim());
    },
  });

  return (
    <div className="narrow">
      <PageTitle title={t('auth.forgot.title')}>{t('auth.forgot.lead')}</PageTitle>
      {sentTo ? (
        <SuccessNotice>
          <p>{t('auth.forgot.sent', { email: sentTo })}</p>
        </SuccessNotice>
      ) : (
        <Form summary={form.summary} onSubmit={form.handleSubmit} submitting={form.submitting} submitLabel={t('auth.forgot.submit')}>
          <TextField {...form.field('email')} type="email" autoComplete="email" spellCheck={false} required />
        </Form>
      )}
      <p>
        <Link to="/aanmelden">{t('auth.backToLogin')}</Link>
      </p>
    </div>
  );
}
