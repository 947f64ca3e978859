import { Reaction } from '@ln/domain';
import { useTranslation } from 'react-i18next';
import { ActionError } from '../../ui/LiveStatus';
import { useAction } from '../../ui/useAction';
import { useToggleReaction } from './mutations';
import type { PostData } from './postFragment';

const REACTIONS = [Reaction.LIKE, Reaction.THANKS, Reaction.INSIGHTFUL] as const;
const ICONS: Record<Reaction, string> = { LIKE: '👍', THANKS: '🙏', INSIGHTFUL: '💡' };

/** Reactions as toggle buttons (aria-pressed) with their counts; a change shows at once. */
export function PostReactions({ post, disabled }: { post: PostData; disabled: boolean }) {
  const { t } = useTranslation();
  const toggle = useAction(useToggleReaction());
  return (
    <div className="post__reactions" role="group" aria-label={t('post.reactions')}>
      {REACTIONS.map((reaction) => {
        const current = post.reactions.find((r) => r.reaction === reaction);
        const count = current?.count ?? 0;
        return (
          <button
            key={reaction}
            type="button"
            className="reaction"
            aria-pressed={current?.viewerReacted ?? false}
            disabled={disabled}
            onClick={() => void toggle.run(post, reaction)}
          >
            <span aria-hidden="true">{ICONS[reaction]}</span> {t('post.reactionLabel', { reaction: t(`post.reaction.${reaction}`), count })}
          </button>
        );
      })}
      <ActionError message={toggle.error} />
    </div>
  );
}
