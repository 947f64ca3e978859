import { INPUT_RULES } from '@ln/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from '../../ui/Form';
import { SuccessNotice } from '../../ui/Notice';
import { TextArea } from '../../ui/TextField';
import { useForm } from '../../ui/useForm';
import { required } from '../../ui/validation';
import type { Viewer } from '../auth/viewer';
import { OrganisationSelect } from '../organisations/OrganisationSelect';
import { useRequestMembership } from './useRequestMembership';

/** Ask to join (another) organisation; a facilitator decides. */
export function RequestMembershipForm({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  const { requestMembership } = useRequestMembership(viewer.id);
  const [sentFor, setSentFor] = useState<string>();
  const form = useForm({
    id: 'request-membership',
    initial: { organisationId: '', message: '' },
    labels: { organisationId: t('profile.request.organisation'), message: t('profile.request.message') },
    inputRules: INPUT_RULES.requestMembership,
    rules: { organisationId: [required] },
    onSubmit: async (values) => {
      await requestMembership(values.organisationId, values.message.trim() || null);
      setSentFor(values.organisationId);
      form.setValues({ organisationId: '', message: '' });
    },
  });
  const taken = [...viewer.memberships.map((m) => m.organisation.id)];

  return (
    <>
      {sentFor && (
        <SuccessNotice>
          <p>{t('profile.request.sent')}</p>
        </SuccessNotice>
      )}
      <Form summary={form.summary} onSubmit={form.handleSubmit} submitting={form.submitting} submitLabel={t('profile.request.submit')}>
        <OrganisationSelect {...form.field('organisationId')} exclude={taken} emptyLabel={t('profile.request.choose')} required />
        <TextArea {...form.field('message')} hint={t('profile.request.messageHint')} />
      </Form>
    </>
  );
}
