import { Reaction } from '@ln/domain';
import { useTranslation } from 'react-i18next';
import { ActionError } from '../../ui/LiveStatus';
import { useAction } from '../../ui/useAction';
import { useDisclosure } from '../../ui/useDisclosure';
import { useToggleReaction } from './mutations';
import type { PostItem_PostFragment } from '../../gql/graphql';

const REACTIONS = [Reaction.LIKE, Reaction.THANKS, Reaction.INSIGHTFUL] as const;
const ICONS: Record<Reaction, string> = { LIKE: '👍', THANKS: '🙏', INSIGHTFUL: '💡' };

/** The reactions a post has had (count > 0); the viewer's own are pressed. */
export function reactionsShown(post: PostItem_PostFragment) {
  return REACTIONS.flatMap((reaction) => {
    const current = post.reactions.find((r) => r.reaction === reaction);
    return current && current.count > 0 ? [{ reaction, count: current.count, mine: current.viewerReacted }] : [];
  });
}

/**
 * Reactions with a count as toggle buttons (aria-pressed), and one "Reageren" button
 * that opens the three choices; a change shows at once. No row of zero counts.
 */
export function PostReactions({ post, disabled }: { post: PostItem_PostFragment; disabled: boolean }) {
  const { t } = useTranslation();
  const toggle = useAction(useToggleReaction());
  const picker = useDisclosure();
  const shown = reactionsShown(post);
  const react = (reaction: Reaction) => {
    picker.close();
    void toggle.run(post, reaction);
  };

  return (
    <div className="post__reactions" role="group" aria-label={t('post.reactions')}>
      {shown.map(({ reaction, count, mine }) => (
        <button key={reaction} type="button" className="reaction" aria-pressed={mine} disabled={disabled} onClick={() => react(reaction)}>
          <span aria-hidden="true">{ICONS[reaction]}</span> {t('post.reactionLabel', { reaction: t(`post.reaction.${reaction}`), count })}
        </button>
      ))}
      {!disabled && (
        <div className="reaction-picker" {...picker.rootProps}>
          <button
            className="reaction reaction-picker__button"
            {...picker.buttonProps}
            aria-label={t('post.react', { name: post.author.displayName })}
          >
            <span aria-hidden="true">+</span> {t('post.reactShort')}
          </button>
          <ul className="reaction-picker__list" {...picker.panelProps}>
            {REACTIONS.map((reaction) => {
              const mine = shown.some((item) => item.reaction === reaction && item.mine);
              return (
                <li key={reaction}>
                  <button type="button" className="reaction" aria-pressed={mine} onClick={() => react(reaction)}>
                    <span aria-hidden="true">{ICONS[reaction]}</span> {t(`post.reaction.${reaction}`)}
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      )}
      <ActionError message={toggle.error} />
    </div>
  );
}
