import { INPUT_RULES } from '@ln/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { changeLocale, SUPPORTED_LOCALES } from '../../app/i18n';
import { useLocale } from '../../lib/useLocale';
import { Form } from '../../ui/Form';
import { SuccessNotice } from '../../ui/Notice';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { useForm } from '../../ui/useForm';
import type { Viewer } from '../auth/viewer';
import { useUpdateProfile } from './useUpdateProfile';

/** Name and language; the language is also the one of the e-mails the platform sends. */
export function ProfileForm({ viewer }: { viewer: Viewer }) {
  const { t, i18n } = useTranslation();
  const locale = useLocale();
  const { updateProfile } = useUpdateProfile();
  const [saved, setSaved] = useState(false);
  const form = useForm({
    id: 'profile',
    initial: { displayName: viewer.displayName, locale },
    labels: { displayName: t('auth.displayName'), locale: t('profile.language') },
    inputRules: INPUT_RULES.updateProfile,
    onSubmit: async (values) => {
      setSaved(false);
      const chosen = values.locale;
      await updateProfile({ displayName: values.displayName.trim(), locale: chosen });
      if (chosen !== locale) await changeLocale(i18n, chosen);
      setSaved(true);
    },
  });

  return (
    <>
      {saved && (
        <SuccessNotice>
          <p>{t('profile.saved')}</p>
        </SuccessNotice>
      )}
      <Form summary={form.summary} onSubmit={form.handleSubmit} submitting={form.submitting} submitLabel={t('profile.save')}>
        <TextField {...form.field('displayName')} autoComplete="name" required />
        <SelectField {...form.field('locale')} hint={t('profile.languageHint')}>
          {SUPPORTED_LOCALES.map((code) => (
            <option key={code} value={code} lang={code}>
              {t(`languages.${code}`)}
            </option>
          ))}
        </SelectField>
      </Form>
    </>
  );
}
