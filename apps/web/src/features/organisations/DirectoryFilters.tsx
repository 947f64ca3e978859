import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { isOneOf } from '../../ui/oneOf';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import type { DirectoryFilter } from './directoryFilter';
import { TYPE_ORDER } from './groupByType';

/** Filters of the directory, applied with one button (no surprise reloads while choosing). */
export function DirectoryFilters({ value, onApply }: { value: DirectoryFilter; onApply: (filter: DirectoryFilter) => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(value);

  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    onApply(draft);
  }

  return (
    <form role="search" aria-label={t('organisations.filters.label')} className="filters" onSubmit={submit}>
      <TextField
        id="filter-name"
        name="naam"
        type="search"
        label={t('organisations.filters.name')}
        value={draft.name}
        onChange={(name) => setDraft({ ...draft, name })}
      />
      <SelectField
        id="filter-type"
        name="type"
        label={t('organisations.filters.type')}
        value={draft.type}
        onChange={(type) => setDraft({ ...draft, type: isOneOf(TYPE_ORDER, type) ? type : '' })}
      >
        <option value="">{t('organisations.filters.allTypes')}</option>
        {TYPE_ORDER.map((type) => (
          <option key={type} value={type}>
            {t(`organisationType.${type}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        id="filter-subsidised"
        name="gesubsidieerd"
        label={t('organisations.filters.subsidised')}
        value={draft.subsidised}
        onChange={(subsidised) => setDraft({ ...draft, subsidised: subsidised as DirectoryFilter['subsidised'] })}
      >
        <option value="">{t('organisations.filters.any')}</option>
        <option value="ja">{t('organisations.filters.subsidisedYes')}</option>
        <option value="nee">{t('organisations.filters.subsidisedNo')}</option>
      </SelectField>
      <div className="filters__actions">
        <Button type="submit" variant="primary">
          {t('organisations.filters.apply')}
        </Button>
        <Button
          onClick={() => {
            const cleared: DirectoryFilter = { type: '', subsidised: '', name: '' };
            setDraft(cleared);
            onApply(cleared);
          }}
        >
          {t('organisations.filters.clear')}
        </Button>
      </div>
    </form>
  );
}
