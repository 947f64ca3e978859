import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Announced politely to screen readers while data loads. */
export function Loading() {
  const { t } = useTranslation();
  return (
    <p role="status" className="notice notice--loading">
      {t('common.loading')}
    </p>
  );
}

/** An error announced immediately, with a way to try again. */
export function LoadError({ onRetry }: { onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="notice notice--error">
      <p>{t('common.loadError')}</p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}

/** Shown where a list has nothing to show. */
export function EmptyState({ children }: { children: string }) {
  return <p className="notice notice--empty">{children}</p>;
}

/**
 * What a query's page section shows: the data once there, else an error with a
 * retry, else "loading"; `isEmpty` data shows the `empty` text instead.
 */
export function QueryResult<T>({
  data,
  error,
  onRetry,
  isEmpty,
  empty,
  children,
}: {
  data: T | undefined;
  error: unknown;
  onRetry: () => unknown;
  isEmpty?: (data: T) => boolean;
  empty?: string;
  children: (data: T) => ReactNode;
}) {
  if (data === undefined) return error ? <LoadError onRetry={() => void onRetry()} /> : <Loading />;
  if (empty && isEmpty?.(data)) return <EmptyState>{empty}</EmptyState>;
  return <>{children(data)}</>;
}
