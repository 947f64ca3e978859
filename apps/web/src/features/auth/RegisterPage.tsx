import { INPUT_RULES } from '@ln/domain';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { OrganisationSelect } from '../organisations/OrganisationSelect';
import { Form } from '../../ui/Form';
import { PageTitle } from '../../ui/PageTitle';
import { TextArea, TextField } from '../../ui/TextField';
import { useForm } from '../../ui/useForm';
import { NewPasswordField } from './NewPasswordField';
import { useRegister } from './useRegister';

/** /registreren — an account, and optionally a request to join one of the network's organisations. */
export function RegisterPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { register } = useRegister();
  const form = useForm({
    id: 'register',
    initial: { email: '', password: '', displayName: '', organisationId: '', message: '' },
    labels: {
      email: t('auth.email'),
      password: t('auth.password'),
      displayName: t('auth.displayName'),
      organisationId: t('auth.register.organisation'),
      message: t('auth.register.message'),
    },
    inputRules: INPUT_RULES.register,
    onSubmit: async (values) => {
      await register({
        email: values.email.trim(),
        password: values.password,
        displayName: values.displayName.trim(),
        organisationId: values.organisationId || null,
        message: values.organisationId && values.message.trim() ? values.message.trim() : null,
      });
      await navigate('/ledenruimte');
    },
  });

  return (
    <div className="narrow">
      <PageTitle title={t('auth.register.title')}>{t('auth.register.lead')}</PageTitle>
      <Form summary={form.summary} onSubmit={form.handleSubmit} submitting={form.submitting} submitLabel={t('auth.register.submit')}>
        <TextField {...form.field('email')} type="email" autoComplete="email" spellCheck={false} required />
        <NewPasswordField {...form.field('password')} />
        <TextField {...form.field('displayName')} autoComplete="name" hint={t('auth.displayNameHint')} required />
        <OrganisationSelect {...form.field('organisationId')} hint={t('auth.register.organisationHint')} />
        {form.values.organisationId && <TextArea {...form.field('message')} hint={t('auth.register.messageHint')} />}
      </Form>
      <p>
        {t('auth.register.haveAccount')} <Link to="/aanmelden">{t('auth.login.title')}</Link>
      </p>
    </div>
  );
}
