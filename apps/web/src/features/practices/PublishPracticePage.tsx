import { useMutation, useQuery } from '@apollo/client/react';
import { Competence, INPUT_RULES, Visibility } from '@ln/domain';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { Form } from '../../ui/Form';
import { PageTitle } from '../../ui/PageTitle';
import { SelectField } from '../../ui/SelectField';
import { TextArea, TextField } from '../../ui/TextField';
import { useForm } from '../../ui/useForm';
import { FilePicker } from '../files/FilePicker';
import { filesErrorOf } from '../files/filesError';
import { useFileUploads } from '../files/useFileUploads';
import { checkByInputRules, type Problem } from '../../ui/validation';
import { useViewer } from '../auth/viewer';
import { PRACTICES_QUERY, PUBLISH_PRACTICE, THEME_OPTIONS_QUERY, practiceOf } from './queries';
import './practices.css';

const COMPETENCES = Object.values(Competence);

/** The lines of the links field that hold something. */
export const linesOf = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/**
 * /praktijken/nieuw[?bijdrage=<post id>] — a member shares a good practice, new or from a post (prefilled, keeping the
 * link). Public practices wait for a facilitator's review; until then members see them.
 */
export function PublishPracticePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const location = useLocation();
  const sourcePostId = params.get('bijdrage');
  const sourcePost = (location.state as { sourcePost?: { id: string; body: string } } | null)?.sourcePost;
  const prefill = sourcePost && sourcePost.id === sourcePostId ? sourcePost.body : '';
  const themes = useQuery(THEME_OPTIONS_QUERY).data?.themes.nodes ?? [];
  const organisations = useViewer().viewer?.memberships.map((membership) => membership.organisation) ?? [];
  const [publish] = useMutation(PUBLISH_PRACTICE, { refetchQueries: [PRACTICES_QUERY] });
  const uploads = useFileUploads();
  const form = useForm({
    id: 'practice',
    initial: {
      title: '',
      summary: '',
      body: prefill,
      themeId: '',
      organisationId: organisations[0]?.id ?? '',
      links: '',
      visibility: Visibility.PUBLIC,
      competences: [] as Competence[],
    },
    labels: {
      title: t('practices.publish.practiceTitle'),
      summary: t('practices.publish.summary'),
      body: t('practices.publish.body'),
      themeId: t('practices.publish.theme'),
      organisationId: t('practices.publish.organisation'),
      links: t('practices.publish.links'),
      visibility: t('practices.publish.visibility'),
      files: t('files.attachments'),
    },
    // The links are one field here, a line each; the API names a bad one by its place (`links.2`).
    check: (values) => {
      const problems = checkByInputRules(INPUT_RULES.publishPractice, { ...values, links: linesOf(values.links) });
      const byField: Partial<Record<string, Problem>> = {};
      for (const [field, problem] of Object.entries(problems)) byField[field.startsWith('links.') ? 'links' : field] ??= problem;
      const filesProblem = uploads.problem(false);
      if (filesProblem) byField['files'] = filesProblem;
      return byField;
    },
    onSubmit: async (values) => {
      const { data } = await publish({
        variables: {
          input: {
            title: values.title.trim(),
            summary: values.summary.trim(),
            body: values.body,
            visibility: values.visibility,
            themeId: values.themeId || null,
            organisationId: values.organisationId || null,
            sourcePostId,
            competences: values.competences,
            links: linesOf(values.links),
            files: uploads.attachments(),
          },
        },
      });
      if (data) {
        const practice = practiceOf(data.publishPractice);
        void navigate(`/praktijken/${practice.slug}`, { state: { published: practice.status } });
      }
    },
  });
  const chosen = form.values.competences;
  const toggle = (competence: Competence) =>
    form.setValue('competences', chosen.includes(competence) ? chosen.filter((c) => c !== competence) : [...chosen, competence]);

  return (
    <>
      <PageTitle title={t('practices.publish.title')} />
      {sourcePostId && <p className="notice notice--info">{t('practices.publish.fromPost')}</p>}
      <Form summary={form.summary} onSubmit={form.handleSubmit} submitting={form.submitting} submitLabel={t('practices.publish.submit')}>
        <TextField {...form.field('title')} required />
        <TextArea {...form.field('summary')} rows={2} hint={t('practices.publish.summaryHint')} required />
        <TextArea {...form.field('body')} rows={10} hint={t('practices.publish.bodyHint')} required />
        <SelectField {...form.field('organisationId')}>
          <option value="">{t('practices.publish.noOrganisation')}</option>
          {organisations.map((organisation) => (
            <option key={organisation.id} value={organisation.id}>
              {organisation.name}
            </option>
          ))}
        </SelectField>
        <SelectField {...form.field('themeId')}>
          <option value="">{t('practices.publish.noTheme')}</option>
          {themes.map((theme) => (
            <option key={theme.id} value={theme.id}>
              {theme.title}
            </option>
          ))}
        </SelectField>
        <fieldset className="choice-group">
          <legend>{t('practices.publish.competences')}</legend>
          {COMPETENCES.map((competence) => (
            <label key={competence} className="choice choice--block">
              <input type="checkbox" checked={chosen.includes(competence)} onChange={() => toggle(competence)} />{' '}
              {t(`competence.${competence}`)}
            </label>
          ))}
        </fieldset>
        <FilePicker id={form.idOf('files')} label={t('files.attachments')} uploads={uploads} error={filesErrorOf(form.errors)} withAlt />
        <TextArea {...form.field('links')} rows={3} />
        <fieldset className="choice-group">
          <legend>{t('practices.publish.visibility')}</legend>
          {[Visibility.PUBLIC, Visibility.MEMBERS].map((value) => (
            <label key={value} className="choice choice--block">
              <input
                type="radio"
                name="practice-visibility"
                checked={form.values.visibility === value}
                onChange={() => form.setValue('visibility', value)}
              />{' '}
              {t(value === Visibility.PUBLIC ? 'practices.publish.visibilityPublic' : 'practices.publish.visibilityMembers')}
            </label>
          ))}
        </fieldset>
      </Form>
    </>
  );
}
