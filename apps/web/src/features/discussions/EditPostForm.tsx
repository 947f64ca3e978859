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
  const fieldId = `edit-${post.id}`;

  useEffect(() => document.getElementById(fieldId)?.focus(), [fieldId]);

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const problem = checkByInputRules(INPUT_RULES.editPost, { body })['body'];
    if (problem) {
      setError(t(`form.validation.${problem.key}`, problem));
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      await editPost(post, body);
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
      <div className="actions">
        <Button type="submit" variant="primary" busy={busy}>
          {t('post.save')}
        </Button>
        <Button onClick={onDone}>{t('common.cancel')}</Button>
      </div>
    </form>
  );
}
