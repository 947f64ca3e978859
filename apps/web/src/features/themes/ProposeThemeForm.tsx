import { useMutation } from '@apollo/client/react';
import { Competence, INPUT_RULES } from '@ln/domain';
import { useTranslation } from 'react-i18next';
import { Form } from '../../ui/Form';
import { TextArea, TextField } from '../../ui/TextField';
import { useForm } from '../../ui/useForm';
import { PROPOSE_THEME } from './queries';

const COMPETENCES = Object.values(Competence);

/** Members propose a theme — at a meeting when `meetingId` is given (the board's phone view). */
export function ProposeThemeForm({ meetingId, onProposed }: { meetingId: string | null; onProposed: (message: string) => void }) {
  const { t } = useTranslation();
  const [propose] = useMutation(PROPOSE_THEME);
  const form = useForm({
    id: 'propose-theme',
    initial: { title: '', description: '', competences: [] as Competence[] },
    labels: {
      title: t('themes.propose.themeTitle'),
      description: t('themes.propose.description'),
      competences: t('themes.propose.competences'),
    },
    inputRules: INPUT_RULES.proposeTheme,
    onSubmit: async ({ title, description, competences }) => {
      await propose({
        variables: {
          input: { title: title.trim(), description: description.trim() || null, competences, meetingId },
        },
      });
      form.setValues({ title: '', description: '', competences: [] });
      onProposed(t('themes.propose.done', { title: title.trim() }));
    },
  });
  const chosen = form.values.competences;
  const toggle = (competence: Competence) =>
    form.setValue('competences', chosen.includes(competence) ? chosen.filter((c) => c !== competence) : [...chosen, competence]);

  return (
    <Form
      summary={form.summary}
      onSubmit={form.handleSubmit}
      submitting={form.submitting}
      submitLabel={t('themes.propose.submit')}
      label={t('themes.propose.title')}
    >
      <TextField {...form.field('title')} required autoComplete="off" />
      <TextArea {...form.field('description')} rows={3} />
      <fieldset className="choice-group">
        <legend>{t('themes.propose.competences')}</legend>
        {COMPETENCES.map((competence) => (
          <label key={competence} className="choice choice--block">
            <input type="checkbox" checked={chosen.includes(competence)} onChange={() => toggle(competence)} />{' '}
            {t(`competence.${competence}`)}
          </label>
        ))}
      </fieldset>
    </Form>
  );
}
