import './discussions.css';
import { skipToken, useQuery } from '@apollo/client/react';
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { controlProps, FieldFrame, type FieldProps } from '../../ui/TextField';
import { useDebouncedValue } from '../../ui/useDebouncedValue';
import type { MentionCandidatesQuery } from '../../gql/graphql';
import { PEOPLE_QUERY } from './lookups';

type MentionCandidate = MentionCandidatesQuery['people'][number];
import { insertMention, isCompleteMention, mentionAt, mentionsIn, movedOption, toDisplay, toRaw, type MentionQuery } from './mentions';

const SUGGESTIONS = 8;

/**
 * A Markdown text field with a people picker: typing "@" and part of a name suggests network members; arrow keys
 * choose, Enter or Tab inserts the mention, Escape closes. The box shows "@Name"; the field's value keeps the
 * server's `@[Name](id)`, so the id stays out of sight. The field follows the combobox pattern
 * as far as a textarea may (aria-autocomplete, aria-controls, aria-activedescendant), so screen readers hear the
 * suggestion that is active; the number of suggestions is announced politely.
 */
export function MentionTextArea({ rows = 6, ...field }: FieldProps & { rows?: number }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLTextAreaElement>(null);
  const [mention, setMention] = useState<MentionQuery | null>(null);
  const [active, setActive] = useState(0);
  const query = useDebouncedValue(mention?.query ?? '', 200);
  const { data } = useQuery(PEOPLE_QUERY, !mention || query.length === 0 ? skipToken : { variables: { query, first: SUGGESTIONS } });
  const people = mention && query.length > 0 ? (data?.people ?? []) : [];
  const open = people.length > 0;
  const listId = `${field.id}-mentions`;
  const optionId = (index: number) => `${listId}-${index}`;
  const known = mentionsIn(field.value);
  const display = toDisplay(field.value);

  function follow(text: string, caret: number) {
    const typing = mentionAt(text, caret);
    setMention(typing && !isCompleteMention(text, typing.start, mentionsIn(toRaw(text, known))) ? typing : null);
    setActive(0);
  }

  function choose(person: MentionCandidate) {
    const textarea = ref.current;
    if (!mention || !textarea) return;
    const { text, caret, mention: added } = insertMention(display, mention, textarea.selectionStart, person);
    field.onChange(toRaw(text, [...known, added]));
    setMention(null);
    requestAnimationFrame(() => {
      textarea.focus();
      textarea.setSelectionRange(caret, caret);
    });
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (!open) return;
    const moved = movedOption(event.key, active, people.length);
    if (moved !== null) {
      event.preventDefault();
      setActive(moved);
    } else if (event.key === 'Enter' || event.key === 'Tab') {
      event.preventDefault();
      choose(people[active]!);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      setMention(null);
    }
  }

  return (
    <FieldFrame {...field}>
      <div className="mention-field">
        <textarea
          rows={rows}
          {...controlProps(field)}
          value={display}
          ref={ref}
          // A textarea cannot take role="combobox" (ARIA in HTML); as a textbox it still says it
          // suggests (aria-autocomplete), where (aria-controls) and which one is active.
          aria-autocomplete="list"
          aria-controls={listId}
          aria-activedescendant={open ? optionId(active) : undefined}
          onChange={(event) => {
            field.onChange(toRaw(event.target.value, known));
            follow(event.target.value, event.target.selectionStart);
          }}
          onKeyDown={onKeyDown}
          onClick={(event) => follow(event.currentTarget.value, event.currentTarget.selectionStart)}
          onBlur={() => setMention(null)}
        />
        <ul id={listId} role="listbox" aria-label={t('composer.mentionSuggestions')} className="mention-list" hidden={!open}>
          {people.map((person, index) => (
            <li
              key={person.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              className={index === active ? 'mention-list__option mention-list__option--active' : 'mention-list__option'}
              // mousedown, not click: the textarea must not lose focus (and close the list) first
              onMouseDown={(event) => {
                event.preventDefault();
                choose(person);
              }}
            >
              {person.displayName}
              {person.memberships.length > 0 && (
                <span className="muted"> · {person.memberships.map((membership) => membership.organisation.name).join(', ')}</span>
              )}
            </li>
          ))}
        </ul>
        <p className="visually-hidden" aria-live="polite">
          {open ? t('composer.mentionCount', { count: people.length }) : ''}
        </p>
      </div>
    </FieldFrame>
  );
}
