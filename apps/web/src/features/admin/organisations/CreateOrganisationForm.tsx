import { INPUT_RULES, OrganisationType, Visibility } from '@ln/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from '../../../ui/Form';
import { SuccessNotice } from '../../../ui/Notice';
import { CheckboxField, SelectField } from '../../../ui/SelectField';
import { TextArea, TextField } from '../../../ui/TextField';
import { useForm } from '../../../ui/useForm';
import { required } from '../../../ui/validation';
import { TYPE_ORDER } from '../../organisations/groupByType';
import { OrganisationCheckboxes } from '../../organisations/OrganisationCheckboxes';
import { useCreateOrganisation } from './useCreateOrganisation';

const EMPTY = {
  name: '',
  type: '' as OrganisationType | '',
  region: '',
  visibility: Visibility.PUBLIC,
  description: '',
  website: '',
  subsidised: false,
  memberOrganisationIds: [] as string[],
};

/** A facilitator adds an organisation directly (e.g. a partnership and its municipalities). */
export function CreateOrganisationForm() {
  const { t } = useTranslation();
  const createOrganisation = useCreateOrganisation();
  const [created, setCreated] = useState<string>();
  const form = useForm({
    id: 'create-organisation',
    initial: EMPTY,
    labels: {
      name: t('admin.create.name'),
      type: t('admin.create.type'),
      region: t('admin.create.region'),
      visibility: t('admin.create.visibility'),
      description: t('admin.create.description'),
      website: t('admin.create.website'),
      memberOrganisationIds: t('admin.create.members'),
    },
    inputRules: INPUT_RULES.createOrganisation,
    rules: { type: [required] },
    onSubmit: async (values) => {
      if (values.type === '') return; // `required` has refused the form already
      setCreated(undefined);
      const organisation = await createOrganisation({
        name: values.name.trim(),
        type: values.type,
        region: values.region.trim() || null,
        subsidised: values.subsidised,
        visibility: values.visibility,
        description: values.description.trim() || null,
        website: values.website.trim() || null,
        memberOrganisationIds: values.memberOrganisationIds,
      });
      setCreated(organisation?.name ?? values.name);
      form.setValues(EMPTY);
    },
  });

  return (
    <>
      {created && (
        <SuccessNotice>
          <p>{t('admin.create.created', { name: created })}</p>
        </SuccessNotice>
      )}
      <Form summary={form.summary} onSubmit={form.handleSubmit} submitting={form.submitting} submitLabel={t('admin.create.submit')}>
        <TextField {...form.field('name')} required />
        <SelectField {...form.field('type')} required>
          <option value="">{t('admin.create.chooseType')}</option>
          {TYPE_ORDER.map((type) => (
            <option key={type} value={type}>
              {t(`organisationType.${type}`)}
            </option>
          ))}
        </SelectField>
        <TextField {...form.field('region')} />
        <CheckboxField
          id={form.idOf('subsidised')}
          label={t('admin.create.subsidised')}
          checked={form.values.subsidised}
          onChange={(checked) => form.setValue('subsidised', checked)}
        />
        <SelectField {...form.field('visibility')}>
          <option value={Visibility.PUBLIC}>{t('admin.create.visibilityPublic')}</option>
          <option value={Visibility.MEMBERS}>{t('admin.create.visibilityMembers')}</option>
        </SelectField>
        <TextArea {...form.field('description')} />
        <TextField {...form.field('website')} type="url" inputMode="url" hint={t('admin.create.websiteHint')} />
        <OrganisationCheckboxes
          id={form.idOf('memberOrganisationIds')}
          legend={t('admin.create.members')}
          hint={t('admin.create.membersHint')}
          value={form.values.memberOrganisationIds}
          onChange={(ids) => form.setValue('memberOrganisationIds', ids)}
        />
      </Form>
    </>
  );
}
