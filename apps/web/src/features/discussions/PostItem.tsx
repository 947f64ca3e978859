import './discussions.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FileList } from '../files/FileList';
import { formatDateTime } from '../../lib/dateFormat';
import { useLocale } from '../../lib/useLocale';
import { Badge, type BadgeTone } from '../../ui/Badge';
import { EditPostForm } from './EditPostForm';
import { PostActions } from './PostActions';
import { graphql } from '../../gql';
import type { PostItem_PostFragment } from '../../gql/graphql';
import { OPTIMISTIC_PREFIX } from './optimistic';
import { PostReactions } from './PostReactions';

/** What a post on the thread page shows; also what the live events and the post mutations answer. */
export const PostItem_post = graphql(`
  fragment PostItem_post on Post {
    id
    kind
    body
    bodyHtml
    createdAt
    editedAt
    deletedAt
    hiddenAt
    hiddenReason
    version
    replyTo {
      id
      author {
        id
        displayName
      }
    }
    reactions {
      reaction
      count
      viewerReacted
    }
    revisions {
      version
      body
      replacedAt
    }
    files {
      ...FileList_file
    }
    author {
      id
      displayName
      memberships {
        id
        organisation {
          id
          name
        }
      }
    }
  }
`);

/** The anchor of a post (notification links end in it). */
export const postAnchor = (postId: string) => `bijdrage-${postId}`;

const KIND_TONE: Record<PostItem_PostFragment['kind'], BadgeTone> = {
  COMMENT: 'neutral',
  BOTTLENECK: 'warning',
  LEVER: 'success',
  GOOD_PRACTICE: 'info',
  SOLUTION_STRATEGY: 'info',
};

/** The text of a post: the server's sanitised HTML, or why there is none. */
function PostBody({ post, isStaff }: { post: PostItem_PostFragment; isStaff: boolean }) {
  const { t } = useTranslation();
  if (post.deletedAt) return <p className="post__tombstone">{t('post.deleted')}</p>;
  const hiddenNote = post.hiddenAt && (
    <p className="post__hidden">
      {isStaff ? t('post.hiddenForStaff', { reason: post.hiddenReason ?? '' }) : t('post.hidden')}
      {!isStaff && post.hiddenReason && <> {t('post.hiddenReason', { reason: post.hiddenReason })}</>}
    </p>
  );
  return (
    <>
      {hiddenNote}
      {post.bodyHtml !== null ? (
        // bodyHtml is sanitised by the server (no scripts, handlers, javascript:/data: URLs).
        <div className="prose post__body" dangerouslySetInnerHTML={{ __html: post.bodyHtml }} />
      ) : (
        post.body !== null && <p className="post__body post__body--plain">{post.body}</p>
      )}
      <FileList files={post.files} />
    </>
  );
}

/** Earlier versions, for the author and facilitators (the API gives others none). */
function RevisionHistory({ revisions }: { revisions: PostItem_PostFragment['revisions'] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (revisions.length === 0) return null;
  return (
    <details className="post__history">
      <summary>{t('post.history', { count: revisions.length })}</summary>
      <ol>
        {revisions.map((revision) => (
          <li key={revision.version}>
            <p className="muted">{t('post.version', { version: revision.version, date: formatDateTime(revision.replacedAt, locale) })}</p>
            <p className="post__body--plain">{revision.body}</p>
          </li>
        ))}
      </ol>
    </details>
  );
}

/** One post of a thread: author and organisation, kind, reply-to link, text, reactions and actions. */
export function PostItem({
  post,
  viewerId,
  isStaff,
  unread,
  onReply,
}: {
  post: PostItem_PostFragment;
  viewerId: string;
  isStaff: boolean;
  unread: boolean;
  onReply: (post: PostItem_PostFragment) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [editing, setEditing] = useState(false);
  const sending = post.id.startsWith(OPTIMISTIC_PREFIX);
  const organisations = post.author.memberships.map((membership) => membership.organisation.name).join(', ');
  const authorId = `${postAnchor(post.id)}-author`;

  return (
    <article id={postAnchor(post.id)} className={unread ? 'post post--unread' : 'post'} tabIndex={-1} aria-labelledby={authorId}>
      <header className="post__header">
        <span id={authorId} className="visually-hidden">
          {t('post.label', { name: post.author.displayName })}
        </span>
        <strong className="post__author" aria-hidden="true">
          {post.author.displayName}
        </strong>
        {organisations && <span className="post__organisation">{organisations}</span>}
        <Badge tone={KIND_TONE[post.kind]}>{t(`post.kind.${post.kind}`)}</Badge>
        {unread && <Badge tone="info">{t('post.unread')}</Badge>}
        <span className="post__time muted">
          {sending ? t('post.sending') : <time dateTime={post.createdAt}>{formatDateTime(post.createdAt, locale)}</time>}
          {post.editedAt && !post.deletedAt && ` (${t('post.edited')})`}
        </span>
      </header>
      {post.replyTo && (
        <p className="post__reply-to">
          <a href={`#${postAnchor(post.replyTo.id)}`}>{t('post.replyTo', { name: post.replyTo.author.displayName })}</a>
        </p>
      )}
      {editing ? <EditPostForm post={post} onDone={() => setEditing(false)} /> : <PostBody post={post} isStaff={isStaff} />}
      {!post.deletedAt && <PostReactions post={post} disabled={sending} />}
      {!sending && !editing && (
        <PostActions
          post={post}
          isAuthor={post.author.id === viewerId}
          isStaff={isStaff}
          onReply={() => onReply(post)}
          onEdit={() => setEditing(true)}
        />
      )}
      <RevisionHistory revisions={post.revisions} />
    </article>
  );
}
