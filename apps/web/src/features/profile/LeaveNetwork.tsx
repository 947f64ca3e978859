import { useMutation } from '@apollo/client/react';
import { INPUT_RULES, LeavingPosts } from '@ln/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from '../../ui/Form';
import { TextField } from '../../ui/TextField';
import { useForm } from '../../ui/useForm';
import { graphql } from '../../gql';

export const LEAVE_NETWORK_MUTATION = graphql(`
  mutation LeaveNetwork($password: String!, $posts: LeavingPosts!) {
    leaveNetwork(password: $password, posts: $posts)
  }
`);

/** On /profiel: delete the account after entering the password again; the posts stay anonymous or go, as chosen. */
export function LeaveNetwork() {
  const { t } = useTranslation();
  const [leave] = useMutation(LEAVE_NETWORK_MUTATION);
  const [posts, setPosts] = useState<LeavingPosts>(LeavingPosts.KEEP_ANONYMOUS);
  const form = useForm({
    id: 'leave-network',
    initial: { password: '' },
    labels: { password: t('profile.leave.password') },
    inputRules: INPUT_RULES.leaveNetwork,
    onSubmit: async (values) => {
      const { data } = await leave({ variables: { password: values.password, posts } });
      // A fresh page: nothing of the signed-in state stays in memory. (The page may already have moved to the
      // sign-in page when the live connection heard the sessions end.)
      window.location.assign(`/tot-ziens?tot=${encodeURIComponent(data?.leaveNetwork ?? '')}`);
    },
  });

  return (
    <section aria-labelledby="profile-leave" className="section">
      <h2 id="profile-leave">{t('profile.leave.title')}</h2>
      <p>{t('profile.leave.lead')}</p>
      <Form summary={form.summary} onSubmit={form.handleSubmit} submitting={form.submitting} submitLabel={t('profile.leave.submit')}>
        <fieldset className="choice-group">
          <legend>{t('profile.leave.posts')}</legend>
          {Object.values(LeavingPosts).map((choice) => (
            <label key={choice} className="choice">
              <input type="radio" name="leaving-posts" value={choice} checked={posts === choice} onChange={() => setPosts(choice)} />{' '}
              {t(`profile.leave.choice.${choice}`)}
            </label>
          ))}
        </fieldset>
        <TextField {...form.field('password')} type="password" autoComplete="current-password" required />
      </Form>
    </section>
  );
}
