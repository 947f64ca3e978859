import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './Button';
import { EmptyState } from './EmptyState';
import { Skeleton } from './Skeleton';

export { EmptyState } from './EmptyState';

/** Announced politely to screen readers while data loads. */
export function Loading({ lines = 3 }: { lines?: number }) {
  const { t } = useTranslation();
  return (
    <div className="loading">
      <p role="status" className="visually-hidden">
        {t('common.loading')}
      </p>
      <Skeleton lines={lines} card />
    </div>
  );
}

/** An error announced immediately, with a way to try again. */
export function LoadError({ onRetry }: { onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="notice notice--error">
      <p>{t('common.loadError')}</p>
      {onRetry && <Button onClick={onRetry}>{t('common.retry')}</Button>}
    </div>
  );
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
