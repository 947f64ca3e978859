import { INPUT_RULES } from '@ln/domain';
import { useTranslation } from 'react-i18next';
import { Form } from '../../ui/Form';
import { TextArea, TextField } from '../../ui/TextField';
import { useForm } from '../../ui/useForm';
import type { ReportData } from './ReportDetails';
import { useSubmitProjectReport } from './useSubmitProjectReport';

/** Submit (or resubmit) one report: a summary and an optional https link to the document. */
export function SubmitReportForm({ projectId, report, kindLabel }: { projectId: string; report: ReportData; kindLabel: string }) {
  const { t } = useTranslation();
  const { submitProjectReport } = useSubmitProjectReport();
  const form = useForm({
    id: `submit-${report.id}`,
    initial: { summary: '', link: '' },
    labels: { summary: t('projects.submit.summary'), link: t('projects.submit.link') },
    inputRules: INPUT_RULES.submitProjectReport,
    onSubmit: async (values) => {
      await submitProjectReport({
        projectId,
        kind: report.kind,
        summary: values.summary.trim(),
        link: values.link.trim() || null,
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
      <TextField {...form.field('link')} type="url" inputMode="url" hint={t('projects.submit.linkHint')} />
    </Form>
  );
}
