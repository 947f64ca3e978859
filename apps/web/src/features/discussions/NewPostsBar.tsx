import { useTranslation } from 'react-i18next';

/**
 * "n nieuwe bijdragen": posts of others that arrived while reading wait behind this
 * button, so the page does not move. The polite live region (always in the page)
 * tells screen-reader users that they came.
 */
export function NewPostsBar({ count, onReveal }: { count: number; onReveal: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      {count > 0 && (
        <div className="new-posts-bar">
          <button type="button" className="button button--primary" onClick={onReveal}>
            {t('discussions.newPosts', { count })}
          </button>
        </div>
      )}
      <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {count > 0 ? t('discussions.newPostsAnnouncement', { count }) : ''}
      </p>
    </>
  );
}
