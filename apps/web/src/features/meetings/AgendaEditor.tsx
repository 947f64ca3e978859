import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { LiveStatus } from '../../ui/LiveStatus';
import { TextField } from '../../ui/TextField';
import { OrganisationSelect } from '../organisations/OrganisationSelect';
import { moveItem, newAgendaItem, removeItem, type AgendaDraftItem } from './agendaDraft';

/**
 * The ordered agenda: add, remove, move up/down (buttons, so the keyboard works; the
 * move is announced and focus follows the item), each item with its presenting organisation.
 */
export function AgendaEditor({
  idPrefix,
  items,
  onChange,
  errors,
}: {
  idPrefix: string;
  items: AgendaDraftItem[];
  onChange: (items: AgendaDraftItem[]) => void;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<string>();

  function move(index: number, delta: number) {
    const next = moveItem(items, index, delta);
    onChange(next);
    setStatus(t('meetings.form.moved', { position: index + delta + 1 }));
    const key = items[index]!.key;
    const direction = delta < 0 ? 'up' : 'down';
    // Keep focus on the same button of the moved item (or its other move button at the ends).
    requestAnimationFrame(() => {
      const target =
        document.getElementById(`${key}-${direction}`) ?? document.getElementById(`${key}-${direction === 'up' ? 'down' : 'up'}`);
      target?.focus();
    });
  }

  function add() {
    const item = newAgendaItem();
    onChange([...items, item]);
    requestAnimationFrame(() => document.getElementById(`${idPrefix}-agenda.${items.length}.title`)?.focus());
  }

  return (
    <fieldset className="field agenda-editor" id={`${idPrefix}-agenda`}>
      <legend className="field__label">{t('meetings.form.agenda')}</legend>
      {errors['agenda'] && <p className="field__error">{errors['agenda']}</p>}
      {items.length === 0 && <p className="muted">{t('meetings.form.agendaEmpty')}</p>}
      <ol className="agenda-editor__items">
        {items.map((item, index) => {
          const position = index + 1;
          const fieldId = `${idPrefix}-agenda.${index}.title`;
          return (
            <li key={item.key} className="agenda-editor__item" aria-label={t('meetings.form.agendaItem', { position })}>
              <TextField
                id={fieldId}
                name={`agenda.${index}.title`}
                label={t('meetings.form.agendaTitle', { position })}
                value={item.title}
                error={errors[`agenda.${index}.title`]}
                onChange={(title) => onChange(items.map((other) => (other.key === item.key ? { ...other, title } : other)))}
              />
              <OrganisationSelect
                id={`${idPrefix}-agenda.${index}.presenter`}
                name={`agenda.${index}.presenterOrganisationId`}
                label={t('meetings.form.presenter', { position })}
                emptyLabel={t('meetings.form.noPresenter')}
                value={item.presenterOrganisationId}
                error={errors[`agenda.${index}.presenterOrganisationId`]}
                onChange={(presenterOrganisationId) =>
                  onChange(items.map((other) => (other.key === item.key ? { ...other, presenterOrganisationId } : other)))
                }
              />
              <div className="actions">
                {index > 0 && (
                  <Button id={`${item.key}-up`} onClick={() => move(index, -1)}>
                    {t('meetings.form.moveUp', { position })}
                  </Button>
                )}
                {index < items.length - 1 && (
                  <Button id={`${item.key}-down`} onClick={() => move(index, 1)}>
                    {t('meetings.form.moveDown', { position })}
                  </Button>
                )}
                <Button
                  variant="danger"
                  onClick={() => {
                    onChange(removeItem(items, index));
                    setStatus(t('meetings.form.removed'));
                  }}
                >
                  {t('meetings.form.remove', { position })}
                </Button>
              </div>
            </li>
          );
        })}
      </ol>
      <Button onClick={add}>{t('meetings.form.addItem')}</Button>
      <LiveStatus message={status} />
    </fieldset>
  );
}
