import { INPUT_RULES } from '@ln/domain';
import { useTranslation } from 'react-i18next';
import { getFragmentData } from '../../gql';
import { FILE_LIST_FRAGMENT } from '../files/FileList';
import { Form } from '../../ui/Form';
import { TextArea, TextField } from '../../ui/TextField';
import { useForm } from '../../ui/useForm';
import { FilePicker } from '../files/FilePicker';
import { filesErrorOf } from '../files/filesError';
import { useFileUploads } from '../files/useFileUploads';
import type { ReportData } from './ReportDetails';
import { useSubmitProjectReport } from './useSubmitProjectReport';

/** Submit (or resubmit) one report: a summary, its documents (PDF, Word, spreadsheets…) and an optional link. */
export function SubmitReportForm({ projectId, report, kindLabel }: { projectId: string; report: ReportData; kindLabel: string }) {
  const { t } = useTranslation();
  const { submitProjectReport } = useSubmitProjectReport();
  const uploads = useFileUploads(getFragmentData(FILE_LIST_FRAGMENT, report.files));
  const form = useForm({
    id: `submit-${report.id}`,
    initial: { summary: '', link: '' },
    labels: { summary: t('projects.submit.summary'), link: t('projects.submit.link'), files: t('projects.submit.files') },
    inputRules: INPUT_RULES.submitProjectReport,
    check: () => {
      const problem = uploads.problem(false);
      return problem ? { files: problem } : {};
    },
    onSubmit: async (values) => {
      await submitProjectReport({
        projectId,
        kind: report.kind,
        summary: values.summary.trim(),
        link: values.link.trim() || null,
        files: uploads.attachments(),
      });
    },
  });

  return (
    <Form
      label={t('projects.submit.formLabel', { kind: kindLabel })}
      summary={form.summary}
      onSubmit={form.handleSubmit}
      submitting={form.submitting}
      submitLabel={t('projects.submit.submit')}
    >
      <TextArea {...form.field('summary')} rows={6} hint={t('projects.submit.summaryHint')} required />
      <FilePicker id={form.idOf('files')} label={t('projects.submit.files')} uploads={uploads} error={filesErrorOf(form.errors)} />
      <TextField {...form.field('link')} type="url" inputMode="url" hint={t('projects.submit.linkHint')} />
    </Form>
  );
}
