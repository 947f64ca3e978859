import './learning.css';
import { useMutation } from '@apollo/client/react';
import { ASSESSMENT_MOMENTS, AssessmentMoment, INPUT_RULES, KEY_COMPETENCES, LIMITS, type Competence } from '@ln/domain';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorIdOf, FieldError } from '../../ui/FieldError';
import { Form } from '../../ui/Form';
import { LiveStatus } from '../../ui/LiveStatus';
import { SelectField } from '../../ui/SelectField';
import { TextArea } from '../../ui/TextField';
import { readRequestProblem } from '../../ui/formErrors';
import { checkByInputRules } from '../../ui/validation';
import { RECORD_SELF_ASSESSMENT_MUTATION } from './queries';

const MOMENTS = new Set<string>(ASSESSMENT_MOMENTS);
/** The select only offers moments. */
const isMoment = (value: string): value is AssessmentMoment => MOMENTS.has(value);

type Answers = Record<Competence, { score: number | null; note: string }>;

const SCORES = Array.from({ length: LIMITS.assessmentScoreMax - LIMITS.assessmentScoreMin + 1 }, (_, i) => LIMITS.assessmentScoreMin + i);
const empty = (): Answers =>
  Object.fromEntries(KEY_COMPETENCES.map((competence) => [competence, { score: null, note: '' }])) as unknown as Answers;

/** A project member records the project's self-assessment at one moment: a score and a note per key competence. */
export function SelfAssessmentForm({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const [record] = useMutation(RECORD_SELF_ASSESSMENT_MUTATION);
  const [moment, setMoment] = useState<AssessmentMoment>(AssessmentMoment.START);
  const [answers, setAnswers] = useState<Answers>(empty);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [attempt, setAttempt] = useState(0);
  const [submitting, setSubmitting] = useState(false);
  const [saved, setSaved] = useState<string>();
  const fieldId = (competence: Competence, part: 'score' | 'note') => `assessment-${competence}-${part}`;

  function answer(competence: Competence, change: Partial<Answers[Competence]>) {
    setAnswers((previous) => ({ ...previous, [competence]: { ...previous[competence], ...change } }));
  }

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: Record<string, string> = {};
    const notes = checkByInputRules(INPUT_RULES.recordSelfAssessment, { scores: KEY_COMPETENCES.map((c) => ({ note: answers[c].note })) });
    KEY_COMPETENCES.forEach((competence, index) => {
      if (answers[competence].score === null) found[fieldId(competence, 'score')] = t('learning.form.missingScore');
      const problem = notes[`scores.${index}.note`];
      if (problem) found[fieldId(competence, 'note')] = t(`form.validation.${problem.key}`, problem);
    });
    setSaved(undefined);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setAttempt((count) => count + 1);
      return;
    }
    setSubmitting(true);
    try {
      const scores = KEY_COMPETENCES.map((competence) => ({
        competence,
        score: answers[competence].score!,
        note: answers[competence].note.trim(),
      }));
      await record({ variables: { input: { projectId, moment, scores } } });
      setSaved(t('learning.form.saved', { moment: t(`learning.moment.${moment}`) }));
      setAnswers(empty());
    } catch (error) {
      const problem = readRequestProblem(error);
      setErrors({ form: problem.message ?? t(`errors.${problem.code}`) });
      setAttempt((count) => count + 1);
    } finally {
      setSubmitting(false);
    }
  }

  const items = Object.entries(errors).map(([id, text]) => (id === 'form' ? { text } : { text, href: `#${id}` }));
  return (
    <section aria-labelledby="self-assessment-form" className="section">
      <h3 id="self-assessment-form">{t('learning.form.title')}</h3>
      <p className="muted">{t('learning.form.lead')}</p>
      <LiveStatus message={saved} />
      <Form
        summary={{ items, attempt }}
        onSubmit={(event) => void submit(event)}
        submitting={submitting}
        submitLabel={t('learning.form.submit')}
      >
        <SelectField
          id="assessment-moment"
          name="moment"
          label={t('learning.form.moment')}
          value={moment}
          onChange={(value) => setMoment(isMoment(value) ? value : AssessmentMoment.START)}
        >
          {ASSESSMENT_MOMENTS.map((value) => (
            <option key={value} value={value}>
              {t(`learning.moment.${value}`)}
            </option>
          ))}
        </SelectField>
        {KEY_COMPETENCES.map((competence) => {
          const name = t(`competence.${competence}`);
          const scoreError = errors[fieldId(competence, 'score')];
          return (
            <div key={competence} className="competence-answer">
              <fieldset
                className="choice-group"
                id={fieldId(competence, 'score')}
                aria-describedby={scoreError ? errorIdOf(fieldId(competence, 'score')) : undefined}
              >
                <legend>{t('learning.form.scoreFor', { competence: name })}</legend>
                <FieldError fieldId={fieldId(competence, 'score')} message={scoreError} />
                <div className="competence-scores">
                  {SCORES.map((score) => (
                    <label key={score} className="choice">
                      <input
                        type="radio"
                        name={`score-${competence}`}
                        value={score}
                        checked={answers[competence].score === score}
                        onChange={() => answer(competence, { score })}
                      />{' '}
                      {score}
                    </label>
                  ))}
                </div>
              </fieldset>
              <TextArea
                id={fieldId(competence, 'note')}
                name={`note-${competence}`}
                label={t('learning.form.note', { competence: name })}
                value={answers[competence].note}
                onChange={(note) => answer(competence, { note })}
                error={errors[fieldId(competence, 'note')]}
                rows={2}
                required
              />
            </div>
          );
        })}
      </Form>
    </section>
  );
}
