import './discussions.css';
import { useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { NotFoundOrSignIn } from '../auth/SignInPrompt';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { ActionError } from '../../ui/LiveStatus';
import { PageHeader } from '../../ui/PageHeader';
import { LoadError, Loading } from '../../ui/QueryState';
import { useAction } from '../../ui/useAction';
import { isStaff, type Viewer, useViewer } from '../auth/viewer';
import { COMPOSER_ID, Composer } from './Composer';
import { isUnread, latest, markSeen, readLastSeen } from './lastSeen';
import { useFollowThread } from './mutations';
import { partitionNewPosts, revealAll } from './newPosts';
import { NewPostsBar } from './NewPostsBar';
import type { PostItem_PostFragment } from '../../gql/graphql';
import { postAnchor, PostItem, PostItem_post } from './PostItem';
import { getFragmentData } from '../../gql';
import type { ThreadPageQuery, ThreadRow_ThreadFragment } from '../../gql/graphql';
import { withFragment } from '../../lib/withFragment';
import { ThreadRow_thread } from './ThreadList';
import { pageInfoOf } from '../../lib/pageInfo';
import { POSTS_PAGE_SIZE, THREAD_QUERY } from './queries';

/** The thread's page: its row in lists (title, author, follow state) and the rest. */
type ThreadData = NonNullable<ThreadPageQuery['thread']> & ThreadRow_ThreadFragment;
import { useThreadLive } from './useThreadLive';

/** /discussies/:id — a thread's posts, live, with the composer below. */
export function ThreadPage() {
  const { id = '' } = useParams();
  const { viewer } = useViewer();
  const { data, error, refetch, fetchMore } = useQuery(THREAD_QUERY, { variables: { id, first: POSTS_PAGE_SIZE } });

  if (!data || !viewer) return error ? <LoadError onRetry={() => void refetch()} /> : <Loading />;
  if (!data.thread) return <NotFoundOrSignIn />;
  const loadMore = async (after: string | null) =>
    getFragmentData(PostItem_post, (await fetchMore({ variables: { after } })).data.thread?.posts.nodes ?? []);
  return <ThreadView key={data.thread.id} thread={withFragment(ThreadRow_thread, data.thread)} viewer={viewer} loadMore={loadMore} />;
}

function ThreadContext({ thread }: { thread: ThreadData }) {
  const { t } = useTranslation();
  return (
    <ul className="plain-list thread__context">
      {thread.pilotProject && (
        <li>
          <Link to={`/projecten/${thread.pilotProject.id}`}>
            {t('discussions.about.pilotProject', { title: thread.pilotProject.title })}
          </Link>
        </li>
      )}
      {thread.theme && (
        <li>
          <Link to={`/themas/${thread.theme.id}`}>{t('discussions.about.theme', { title: thread.theme.title })}</Link>
        </li>
      )}
      {thread.meeting && (
        <li>
          <Link to={`/ontmoetingsmomenten/${thread.meeting.id}`}>{t('discussions.about.meeting', { title: thread.meeting.title })}</Link>
        </li>
      )}
    </ul>
  );
}

function FollowButton({ thread }: { thread: ThreadData }) {
  const { t } = useTranslation();
  const follow = useAction(useFollowThread());
  return (
    <div className="thread__follow">
      <Button aria-pressed={thread.viewerFollows} busy={follow.busy} onClick={() => void follow.run(thread.id, thread.viewerFollows)}>
        {thread.viewerFollows ? t('discussions.unfollow') : t('discussions.follow')}
      </Button>
      <span className="muted"> {thread.viewerFollows ? t('discussions.following') : t('discussions.followHint')}</span>
      <ActionError message={follow.error} />
    </div>
  );
}

function ThreadView({
  thread,
  viewer,
  loadMore,
}: {
  thread: ThreadData;
  viewer: Viewer;
  /** Fetches the page after `after` into the cached list; resolves with its posts. */
  loadMore: (after: string | null) => Promise<PostItem_PostFragment[]>;
}) {
  const { t } = useTranslation();
  const { hash } = useLocation();
  const posts = getFragmentData(PostItem_post, thread.posts.nodes);
  const pageInfo = pageInfoOf(thread.posts.pageInfo);
  const [lastSeen] = useState(() => readLastSeen(thread.id));
  const [shown, setShown] = useState<ReadonlySet<string>>(() => new Set(posts.map((post) => post.id)));
  const [replyTo, setReplyTo] = useState<PostItem_PostFragment | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const { visible, pending } = useMemo(() => partitionNewPosts(posts, shown, viewer.id), [posts, shown, viewer.id]);

  useThreadLive(thread.id, pageInfo);

  // What is on screen counts as seen (server times, so the device clock does not matter).
  const seenUpTo = latest([thread.lastActivityAt, ...visible.map((post) => post.createdAt)]);
  useEffect(() => {
    if (seenUpTo) markSeen(thread.id, seenUpTo);
  }, [thread.id, seenUpTo]);

  // A link to #bijdrage-<id> (from a notification): bring that post into view.
  useEffect(() => {
    if (!hash) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    // jsdom (the unit tests) has no scrollIntoView, whatever the DOM's types say.
    (target as Partial<HTMLElement> | null)?.scrollIntoView?.({ block: 'start' });
    target?.focus({ preventScroll: true });
  }, [hash]);

  function reveal() {
    const first = pending[0];
    setShown(revealAll(shown, posts));
    // Focus the first revealed post after it rendered: reading goes on from there.
    if (first) requestAnimationFrame(() => document.getElementById(postAnchor(first.id))?.focus());
  }

  async function showMore() {
    setLoadingMore(true);
    try {
      // Asked for, so shown at once (with whatever waited behind the bar).
      const page = await loadMore(pageInfo.endCursor);
      setShown((current) => revealAll(current, [...posts, ...page]));
    } finally {
      setLoadingMore(false);
    }
  }

  function replyToPost(post: PostItem_PostFragment) {
    setReplyTo(post);
    document.getElementById(`${COMPOSER_ID}-body`)?.focus();
  }

  return (
    <>
      <PageHeader
        title={thread.title}
        eyebrow={<ThreadContext thread={thread} />}
        meta={t('discussions.by', { name: thread.author.displayName })}
      />
      <FollowButton thread={thread} />
      <section aria-labelledby="thread-posts" className="section">
        <h2 id="thread-posts">
          {t('discussions.postsTitle')} <Badge>{t('discussions.posts', { count: thread.posts.totalCount })}</Badge>
        </h2>
        <ol className="post-list">
          {visible.map((post) => (
            <li key={post.id}>
              <PostItem
                post={post}
                viewerId={viewer.id}
                isStaff={isStaff(viewer.role)}
                unread={isUnread(post, lastSeen, viewer.id)}
                onReply={replyToPost}
              />
            </li>
          ))}
        </ol>
        {pageInfo.hasNextPage && (
          <Button busy={loadingMore} onClick={() => void showMore()}>
            {t('discussions.morePosts')}
          </Button>
        )}
        <NewPostsBar count={pending.length} onReveal={reveal} />
      </section>
      <Composer threadId={thread.id} viewer={viewer} replyTo={replyTo} onCancelReply={() => setReplyTo(null)} />
      <p>
        <Link to="/discussies">{t('discussions.backToList')}</Link>
      </p>
    </>
  );
}
