import { INPUT_RULES } from '@ln/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../ui/Button';
import { ActionError } from '../../ui/LiveStatus';
import { useAction } from '../../ui/useAction';
import { ReasonForm } from '../../ui/ReasonForm';
import { useDeletePost, useModeratePost } from './mutations';
import type { PostItem_PostFragment } from '../../gql/graphql';
import { Dialog } from '../../ui/Dialog';

/** Reply, and what the author (edit, delete) and facilitators (hide, show again) may do. */
export function PostActions({
  post,
  isAuthor,
  isStaff,
  onReply,
  onEdit,
}: {
  post: PostItem_PostFragment;
  isAuthor: boolean;
  isStaff: boolean;
  onReply: () => void;
  onEdit: () => void;
}) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [hiding, setHiding] = useState(false);
  const remove = useAction(useDeletePost());
  const { hide, unhide } = useModeratePost();
  const moderate = useAction(async (action: () => Promise<unknown>) => action());
  const name = post.author.displayName;
  const gone = post.deletedAt !== null;

  if (hiding) {
    return (
      <ReasonForm
        id={`hide-${post.id}`}
        label={t('post.hideReason')}
        submitLabel={t('post.hideSubmit')}
        inputRules={INPUT_RULES.hidePost}
        busy={moderate.busy}
        required
        onSubmit={async (reason) => {
          if (await moderate.run(() => hide(post.id, reason))) setHiding(false);
        }}
        onCancel={() => setHiding(false)}
      />
    );
  }

  return (
    <div className="post__actions actions">
      {!gone && (
        <Button variant="link" onClick={onReply} aria-label={`${t('post.reply')}: ${t('post.label', { name })}`}>
          {t('post.reply')}
        </Button>
      )}
      {isAuthor && !gone && !post.hiddenAt && (
        <Button variant="link" onClick={onEdit}>
          {t('post.edit')}
        </Button>
      )}
      {isAuthor && !gone && (
        <Button variant="link" onClick={() => setConfirming(true)}>
          {t('post.remove')}
        </Button>
      )}
      {!gone && !post.hiddenAt && (
        <Link
          to={`/praktijken/nieuw?bijdrage=${post.id}`}
          state={{ sourcePost: { id: post.id, body: post.body } }}
          aria-label={`${t('post.publishAsPractice')}: ${t('post.label', { name })}`}
        >
          {t('post.publishAsPractice')}
        </Link>
      )}
      {isStaff && !gone && !post.hiddenAt && (
        <Button variant="link" onClick={() => setHiding(true)}>
          {t('post.hide')}
        </Button>
      )}
      {isStaff && post.hiddenAt && (
        <Button variant="link" busy={moderate.busy} onClick={() => void moderate.run(() => unhide(post.id))}>
          {t('post.unhide')}
        </Button>
      )}
      <ActionError message={remove.error ?? moderate.error} />
      <Dialog
        open={confirming}
        title={t('post.remove')}
        onClose={() => setConfirming(false)}
        actions={
          <>
            <Button
              variant="danger"
              busy={remove.busy}
              onClick={() => void remove.run(post.id).then((done) => done && setConfirming(false))}
            >
              {t('post.removeYes')}
            </Button>
            <Button onClick={() => setConfirming(false)}>{t('common.cancel')}</Button>
          </>
        }
      >
        <p>{t('post.removeConfirm')}</p>
        <ActionError message={remove.error} />
      </Dialog>
    </div>
  );
}
