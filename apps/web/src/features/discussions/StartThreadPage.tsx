import { useMutation } from '@apollo/client/react';
import { INPUT_RULES, LIMITS, PostKind } from '@ln/domain';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { Form } from '../../ui/Form';
import { PageTitle } from '../../ui/PageTitle';
import { TextArea, TextField } from '../../ui/TextField';
import { useForm } from '../../ui/useForm';
import { isPostKind, KindSelect } from './KindSelect';
import type { StartThreadInput } from '../../gql/graphql';
import { graphql } from '../../gql';

export const START_THREAD_MUTATION = graphql(`
  mutation StartThread($input: StartThreadInput!) {
    startThread(input: $input) {
      id
    }
  }
`);

const SUBJECTS = ['themeId', 'meetingId', 'pilotProjectId'] as const;

/** /discussies/nieuw?themeId=…|meetingId=…|pilotProjectId=… — a title and the first post. */
export function StartThreadPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const subject = SUBJECTS.find((name) => params.get(name));
  const [startThread] = useMutation(START_THREAD_MUTATION, { refetchQueries: ['ThreadList'] });
  const form = useForm({
    id: 'new-thread',
    initial: { title: '', kind: PostKind.COMMENT, body: '' },
    labels: { title: t('discussions.newStart.threadTitle'), kind: t('composer.kind'), body: t('discussions.newStart.body') },
    inputRules: INPUT_RULES.startThread,
    onSubmit: async ({ title, kind, body }) => {
      const input: StartThreadInput = { title: title.trim(), body, kind: isPostKind(kind) ? kind : PostKind.COMMENT };
      if (subject) input[subject] = params.get(subject) ?? undefined;
      const { data } = await startThread({ variables: { input } });
      if (data) await navigate(`/discussies/${data.startThread.id}`);
    },
  });

  return (
    <>
      <PageTitle title={t('discussions.newStart.title')}>{t('discussions.newStart.lead')}</PageTitle>
      {subject ? (
        <p className="muted">{t(`discussions.newStart.context.${subject}`)}</p>
      ) : (
        <p className="notice notice--info">{t('discussions.startWhere')}</p>
      )}
      <Form summary={form.summary} onSubmit={form.handleSubmit} submitting={form.submitting} submitLabel={t('discussions.newStart.submit')}>
        <TextField {...form.field('title')} required maxLength={LIMITS.titleMaxLength} />
        <KindSelect {...form.field('kind')} />
        <TextArea {...form.field('body')} rows={8} hint={t('composer.bodyHint')} required />
      </Form>
    </>
  );
}
