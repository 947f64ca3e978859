import { INPUT_RULES, LIMITS } from '@ln/domain';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { Form } from '../../ui/Form';
import { InfoNotice } from '../../ui/Notice';
import { PageTitle } from '../../ui/PageTitle';
import { TextField } from '../../ui/TextField';
import { useForm } from '../../ui/useForm';
import { NewPasswordField } from './NewPasswordField';
import { useAcceptInvitation } from './useAcceptInvitation';

/** /uitnodiging?token=… — an invited person chooses a name and password and is a member at once. */
export function AcceptInvitationPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const navigate = useNavigate();
  const { acceptInvitation } = useAcceptInvitation();
  const form = useForm({
    id: 'invitation',
    initial: { displayName: '', password: '' },
    labels: { displayName: t('auth.displayName'), password: t('auth.password') },
    // An invited person with an account already signs in with their own password and needs no name;
    // for a new account the API asks for the name (and a long enough password) next to the fields.
    inputRules: INPUT_RULES.acceptInvitation,
    onSubmit: async (values) => {
      await acceptInvitation({ token, password: values.password, displayName: values.displayName.trim() || null });
      await navigate('/ledenruimte');
    },
  });

  return (
    <div className="narrow">
      <PageTitle title={t('auth.invitation.title')}>{t('auth.invitation.lead')}</PageTitle>
      {!token ? (
        <InfoNotice>
          <p>{t('auth.missingToken')}</p>
        </InfoNotice>
      ) : (
        <Form summary={form.summary} onSubmit={form.handleSubmit} submitting={form.submitting} submitLabel={t('auth.invitation.submit')}>
          <TextField {...form.field('displayName')} autoComplete="name" hint={t('auth.invitation.displayNameHint')} />
          <NewPasswordField {...form.field('password')} hint={t('auth.invitation.passwordHint', { min: LIMITS.passwordMinLength })} />
        </Form>
      )}
    </div>
  );
}
