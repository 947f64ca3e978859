import './discussions.css';
import { INPUT_RULES, PostKind } from '@ln/domain';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { Form } from '../../ui/Form';
import { LiveStatus } from '../../ui/LiveStatus';
import { useForm } from '../../ui/useForm';
import { FilePicker } from '../files/FilePicker';
import { filesErrorOf } from '../files/filesError';
import { useFileUploads } from '../files/useFileUploads';
import type { Viewer } from '../auth/viewer';
import { isPostKind, KindSelect } from './KindSelect';
import { MentionTextArea } from './MentionTextArea';
import { MarkdownPreview } from './MarkdownPreview';
import { useAddPost } from './mutations';
import type { PostItem_PostFragment } from '../../gql/graphql';

export const COMPOSER_ID = 'composer';

/** A fresh idempotency key (a submit and its retries share one). */
function newClientMutationId(): string {
  // randomUUID exists in secure contexts only (https, localhost), whatever the DOM's types say.
  const crypto = globalThis.crypto as Partial<Crypto> | undefined;
  return crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/**
 * Writes a post: kind, Markdown text with @mentions and a preview rendered by the server
 * exactly as the post will be, and the post it replies to. A submit gets a fresh
 * clientMutationId, a retry after a failure sends the same one, so one post results.
 */
export function Composer({
  threadId,
  viewer,
  replyTo,
  onCancelReply,
}: {
  threadId: string;
  viewer: Viewer;
  replyTo: PostItem_PostFragment | null;
  onCancelReply: () => void;
}) {
  const { t } = useTranslation();
  const addPost = useAddPost();
  const pendingKey = useRef<string | null>(null);
  const [preview, setPreview] = useState(false);
  const [posted, setPosted] = useState<string>();
  const uploads = useFileUploads();
  const form = useForm({
    id: COMPOSER_ID,
    initial: { kind: PostKind.COMMENT, body: '' },
    labels: { kind: t('composer.kind'), body: t('composer.body'), files: t('files.attachments') },
    inputRules: INPUT_RULES.addPost,
    check: () => {
      const problem = uploads.problem(true);
      return problem ? { files: problem } : {};
    },
    onSubmit: async ({ kind, body }) => {
      pendingKey.current ??= newClientMutationId();
      setPosted(undefined);
      await addPost(
        {
          threadId,
          body,
          kind: isPostKind(kind) ? kind : PostKind.COMMENT,
          replyToId: replyTo?.id ?? null,
          clientMutationId: pendingKey.current,
          files: uploads.attachments(),
        },
        viewer,
        replyTo,
      );
      pendingKey.current = null;
      form.setValues({ kind: PostKind.COMMENT, body: '' });
      uploads.reset();
      setPreview(false);
      setPosted(t('composer.posted'));
      onCancelReply();
    },
  });
  const previewId = `${COMPOSER_ID}-preview`;

  return (
    <section aria-labelledby={`${COMPOSER_ID}-title`} className="composer">
      <h2 id={`${COMPOSER_ID}-title`}>{t('composer.title')}</h2>
      {replyTo && (
        <div className="composer__reply notice notice--info">
          <p>{t('composer.replyingTo', { name: replyTo.author.displayName })}</p>
          <Button variant="link" onClick={onCancelReply}>
            {t('composer.cancelReply')}
          </Button>
        </div>
      )}
      <Form
        summary={form.summary}
        onSubmit={form.handleSubmit}
        submitting={form.submitting}
        submitLabel={t('composer.submit')}
        label={t('composer.title')}
      >
        <KindSelect {...form.field('kind')} />
        <MentionTextArea {...form.field('body')} rows={6} hint={t('composer.bodyHint')} required />
        <FilePicker
          id={form.idOf('files')}
          label={t('files.attachments')}
          uploads={uploads}
          error={filesErrorOf(form.errors)}
          withAlt
          requireAlt
        />
        <Button aria-pressed={preview} aria-controls={previewId} onClick={() => setPreview((shown) => !shown)}>
          {t('composer.preview')}
        </Button>
        <div id={previewId} hidden={!preview} className="composer__preview" role="region" aria-label={t('composer.previewTitle')}>
          {preview && <MarkdownPreview body={form.values.body} />}
        </div>
      </Form>
      <LiveStatus message={posted} />
    </section>
  );
}
