import { skipToken, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '../../ui/useDebouncedValue';
import { MARKDOWN_PREVIEW_QUERY } from './lookups';

/** The draft as the post will look: rendered and sanitised by the server, the same way as the post itself. */
export function MarkdownPreview({ body }: { body: string }) {
  const { t } = useTranslation();
  const settled = useDebouncedValue(body, 300);
  const { data, previousData, error } = useQuery(
    MARKDOWN_PREVIEW_QUERY,
    settled.trim() === '' ? skipToken : { variables: { body: settled } },
  );
  if (body.trim() === '') return <p className="muted">{t('composer.previewEmpty')}</p>;
  if (error) return <p className="notice notice--error">{t('composer.previewFailed')}</p>;
  const html = (data ?? previousData)?.markdownPreview;
  if (html === undefined) return <p className="muted">{t('common.loading')}</p>;
  // Sanitised by the server (no scripts, handlers, javascript:/data: URLs), as post bodies are.
  return <div className="prose post__body" dangerouslySetInnerHTML={{ __html: html }} />;
}
