import { useEffect, useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';

export interface ErrorSummaryItem {
  text: string;
  /** `#<field id>` when the error belongs to a field on the page. */
  href?: string;
}

/**
 * "Er ging iets mis": every error of the form, each linking to its field. Takes focus
 * whenever a submit fails (a new `attempt`), so keyboard and screen-reader users land on it.
 */
export function ErrorSummary({ items, attempt, title }: { items: ErrorSummaryItem[]; attempt: number; title?: string }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const visible = items.length > 0;

  useEffect(() => {
    if (visible && attempt > 0) ref.current?.focus();
  }, [attempt, visible]);

  if (!visible) return null;

  function focusField(event: MouseEvent<HTMLAnchorElement>, href: string) {
    const field = document.getElementById(href.slice(1));
    if (!field) return;
    event.preventDefault();
    field.focus();
  }

  return (
    <div ref={ref} className="error-summary" role="alert" tabIndex={-1} aria-labelledby={`error-summary-title-${attempt}`}>
      <h2 id={`error-summary-title-${attempt}`} className="error-summary__title">
        {title ?? t('form.summaryTitle')}
      </h2>
      <ul>
        {items.map((item) => (
          <li key={`${item.href ?? ''}${item.text}`}>
            {item.href ? (
              <a href={item.href} onClick={(event) => focusField(event, item.href!)}>
                {item.text}
              </a>
            ) : (
              item.text
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
