import { useApolloClient } from '@apollo/client/react';
import { ErrorCode, INPUT_RULES } from '@ln/domain';
import { useEffect, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { readRequestProblem } from '../../ui/formErrors';
import { TextArea } from '../../ui/TextField';
import { checkByInputRules } from '../../ui/validation';
import { useEditPost } from './mutations';
import type { PostItem_PostFragment } from '../../gql/graphql';
import { getFragmentData } from '../../gql';
import { FilePicker } from '../files/FilePicker';
import { FILE_LIST_FRAGMENT } from '../files/FileList';
import { useFileUploads } from '../files/useFileUploads';

/**
 * Inline edit of a post. It sends the version the person saw: when someone changed
 * the post in between, the server answers CONFLICT and the form offers to reload the
 * post, keeping what was typed.
 */
export function EditPostForm({ post, onDone }: { post: PostItem_PostFragment; onDone: () => void }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const editPost = useEditPost();
  const [body, setBody] = useState(post.body ?? '');
  const [error, setError] = useState<string>();
  const [conflict, setConflict] = useState(false);
  const [busy, setBusy] = useState(false);
  const uploads = useFileUploads(getFragmentData(FILE_LIST_FRAGMENT, post.files));
  const [filesError, setFilesError] = useState<string>();
  const fieldId = `edit-${post.id}`;

  useEffect(() => document.getElementById(fieldId)?.focus(), [fieldId]);

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const problem = checkByInputRules(INPUT_RULES.editPost, { body })['body'];
    const filesProblem = uploads.problem(true);
    setFilesError(filesProblem ? t(`form.validation.${filesProblem.key}`) : undefined);
    if (problem) {
      setError(t(`form.validation.${problem.key}`, problem));
      return;
    }
    if (filesProblem) return;
    setBusy(true);
    setError(undefined);
    try {
      await editPost(post, body, uploads.attachments());
      onDone();
    } catch (caught) {
      const problem = readRequestProblem(caught);
      setConflict(problem.code === ErrorCode.CONFLICT);
      setError(problem.code === ErrorCode.CONFLICT ? undefined : (Object.values(problem.fields)[0] ?? t(`errors.${problem.code}`)));
    } finally {
      setBusy(false);
    }
  }

  async function reload() {
    await client.refetchQueries({ include: ['ThreadPage'] });
    setConflict(false);
  }

  return (
    <form className="post__edit" noValidate onSubmit={(event) => void submit(event)} aria-label={t('post.edit')}>
      {conflict && (
        <div role="alert" className="notice notice--error">
          <p>{t('post.conflict')}</p>
          <Button onClick={() => void reload()}>{t('post.reload')}</Button>
        </div>
      )}
      <TextArea id={fieldId} name="body" label={t('composer.body')} value={body} onChange={setBody} error={error} required rows={5} />
      <FilePicker id={`${fieldId}-files`} label={t('files.attachments')} uploads={uploads} error={filesError} withAlt requireAlt />
      <div className="actions">
        <Button type="submit" variant="primary" busy={busy}>
          {t('post.save')}
        </Button>
        <Button onClick={onDone}>{t('common.cancel')}</Button>
      </div>
    </form>
  );
}
