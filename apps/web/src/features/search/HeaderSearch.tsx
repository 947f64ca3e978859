import './search.css';
import { skipToken, useQuery } from '@apollo/client/react';
import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useDebouncedValue } from '../../ui/useDebouncedValue';
import { movedOption } from '../discussions/mentions';
import { linkOf, SEARCH_RESULTS_QUERY } from './queries';
import { Snippet } from './Snippet';

const MIN_LENGTH = 2;
const SUGGESTIONS = 6;

export function searchPath(query: string, type?: string | null): string {
  const params = new URLSearchParams({ q: query.trim() });
  if (type) params.set('soort', type);
  return `/zoeken?${params}`;
}

/**
 * Search-as-you-type in the header (WAI-ARIA combobox): suggestions after two letters and a pause, arrow keys to
 * choose, Enter opens the chosen one — or all results when none is chosen — and Escape closes.
 */
export function HeaderSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const query = useDebouncedValue(text.trim(), 250);
  const { data, previousData } = useQuery(
    SEARCH_RESULTS_QUERY,
    query.length < MIN_LENGTH ? skipToken : { variables: { query, first: SUGGESTIONS } },
  );
  // Answers for an older text are not shown (a pause ends with the latest text's answer).
  const results = query.length >= MIN_LENGTH && query === text.trim() ? ((data ?? previousData)?.searchResults ?? []) : [];
  const options = [
    ...results.map((result) => linkOf(result.node)),
    { to: searchPath(text), label: t('search.allResults', { query: text.trim() }) },
  ];
  const expanded = open && text.trim().length >= MIN_LENGTH;
  const listId = `${id}-suggestions`;
  const optionId = (index: number) => `${id}-option-${index}`;

  function go(to: string) {
    setOpen(false);
    setActive(-1);
    void navigate(to);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Escape') {
      // The first Escape closes the suggestions; a search field's own Escape (clearing it) comes after.
      if (expanded) event.preventDefault();
      setOpen(false);
      setActive(-1);
      return;
    }
    if (!expanded) return;
    const moved = movedOption(event.key, active < 0 ? (event.key === 'ArrowUp' ? 0 : -1) : active, options.length);
    if (moved !== null && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      event.preventDefault();
      setActive(moved);
    }
  }

  return (
    <form
      role="search"
      className="header-search"
      aria-label={t('search.label')}
      onSubmit={(event) => {
        event.preventDefault();
        if (text.trim().length === 0) return;
        go(active >= 0 && options[active] ? options[active].to : searchPath(text));
      }}
    >
      <label htmlFor={`${id}-input`} className="visually-hidden">
        {t('search.label')}
      </label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        autoComplete="off"
        placeholder={t('search.placeholder')}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
      />
      <ul id={listId} role="listbox" aria-label={t('search.suggestions')} className="header-search__list" hidden={!expanded}>
        {results.map((result, index) => (
          <li
            key={`${result.type}:${result.node.id}`}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            className={index === active ? 'header-search__option header-search__option--active' : 'header-search__option'}
            onMouseDown={(event) => {
              event.preventDefault();
              go(options[index]!.to);
            }}
          >
            <span className="header-search__type">{t(`search.types.${result.type}`)}</span> {options[index]!.label}
            <span className="header-search__snippet">
              <Snippet snippet={result.snippet} />
            </span>
          </li>
        ))}
        <li
          id={optionId(results.length)}
          role="option"
          aria-selected={active === results.length}
          className={active === results.length ? 'header-search__option header-search__option--active' : 'header-search__option'}
          onMouseDown={(event) => {
            event.preventDefault();
            go(searchPath(text));
          }}
        >
          {t('search.allResults', { query: text.trim() })}
        </li>
      </ul>
      <p className="visually-hidden" aria-live="polite">
        {expanded && query === text.trim() && query.length >= MIN_LENGTH ? t('search.suggestionCount', { count: results.length }) : ''}
      </p>
    </form>
  );
}
