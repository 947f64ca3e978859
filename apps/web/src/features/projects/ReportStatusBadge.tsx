import { useTranslation } from 'react-i18next';
import { Badge } from '../../ui/Badge';
import { REPORT_STATUS_TONE, type ReportStatus } from './reportStatus';

export function ReportStatusBadge({ status }: { status: ReportStatus }) {
  const { t } = useTranslation();
  return <Badge tone={REPORT_STATUS_TONE[status]}>{t(`projects.reportStatus.${status}`)}</Badge>;
}
