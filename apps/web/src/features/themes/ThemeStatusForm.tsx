import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { ActionError, LiveStatus } from '../../ui/LiveStatus';
import { isOneOf } from '../../ui/oneOf';
import { useAction } from '../../ui/useAction';
import { SET_THEME_STATUS, THEME_STATUSES, type ThemeData, type ThemeStatus } from './queries';

/** Facilitators decide on a theme: proposed, adopted, addressed or archived. */
export function ThemeStatusForm({ theme }: { theme: ThemeData }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<ThemeStatus>(theme.status);
  const [saved, setSaved] = useState<string>();
  const [mutate] = useMutation(SET_THEME_STATUS);
  const save = useAction(async () => {
    setSaved(undefined);
    await mutate({ variables: { themeId: theme.id, status } });
    setSaved(t('themes.page.statusSaved', { status: t(`themes.status.${status}`) }));
  });
  return (
    <form
      className="theme-status-form"
      onSubmit={(event) => {
        event.preventDefault();
        void save.run();
      }}
    >
      <label className="field">
        <span className="field__label">{t('themes.page.setStatus')}</span>
        <select
          value={status}
          onChange={(event) => {
            const value = event.target.value;
            if (isOneOf(THEME_STATUSES, value)) setStatus(value);
          }}
        >
          {THEME_STATUSES.map((value) => (
            <option key={value} value={value}>
              {t(`themes.status.${value}`)}
            </option>
          ))}
        </select>
      </label>
      <Button type="submit" disabled={save.busy || status === theme.status}>
        {t('themes.page.save')}
      </Button>
      <ActionError message={save.error} />
      <LiveStatus message={saved} />
    </form>
  );
}
