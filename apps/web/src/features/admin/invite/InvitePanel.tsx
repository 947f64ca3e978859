import { INPUT_RULES } from '@ln/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from '../../../ui/Form';
import { SuccessNotice } from '../../../ui/Notice';
import { TextField } from '../../../ui/TextField';
import { useForm } from '../../../ui/useForm';
import { OrganisationSelect } from '../../organisations/OrganisationSelect';
import { useInviteToOrganisation } from './useInviteToOrganisation';

/** /beheer/uitnodigen — invite a person by e-mail; they join the organisation when they accept. */
export function InvitePanel() {
  const { t } = useTranslation();
  const invite = useInviteToOrganisation();
  const [sentTo, setSentTo] = useState<string>();
  const form = useForm({
    id: 'invite',
    initial: { email: '', organisationId: '' },
    labels: { email: t('auth.email'), organisationId: t('admin.invite.organisation') },
    inputRules: INPUT_RULES.inviteToOrganisation,
    onSubmit: async (values) => {
      setSentTo(undefined);
      await invite(values.email.trim(), values.organisationId);
      setSentTo(values.email.trim());
      form.setValues({ email: '', organisationId: '' });
    },
  });

  return (
    <section aria-labelledby="admin-invite" className="section">
      <h2 id="admin-invite">{t('admin.invite.title')}</h2>
      <p>{t('admin.invite.lead')}</p>
      {sentTo && (
        <SuccessNotice>
          <p>{t('admin.invite.sent', { email: sentTo })}</p>
        </SuccessNotice>
      )}
      <Form summary={form.summary} onSubmit={form.handleSubmit} submitting={form.submitting} submitLabel={t('admin.invite.submit')}>
        <TextField {...form.field('email')} type="email" autoComplete="off" spellCheck={false} required />
        <OrganisationSelect {...form.field('organisationId')} emptyLabel={t('admin.invite.choose')} required />
      </Form>
    </section>
  );
}
