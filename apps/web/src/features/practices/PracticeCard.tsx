import { PracticeStatus, Visibility } from '@ln/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../lib/dateFormat';
import { useLocale } from '../../lib/useLocale';
import { Badge } from '../../ui/Badge';
import { Card } from '../../ui/Card';
import { graphql, getFragmentData, type FragmentType } from '../../gql';

export const PracticeCard_practice = graphql(`
  fragment PracticeCard_practice on Practice {
    id
    slug
    title
    summary
    status
    visibility
    publishedAt
    competences
    organisation {
      id
      name
      type
    }
    theme {
      id
      title
    }
  }
`);

/** A practice in a list: title, summary, who and when; members-only and awaiting review are badged. */
export function PracticeCard({
  headingLevel = 2,
  ...props
}: {
  practice: FragmentType<typeof PracticeCard_practice>;
  headingLevel?: 2 | 3;
}) {
  const practice = getFragmentData(PracticeCard_practice, props.practice);
  const { t } = useTranslation();
  const locale = useLocale();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <Card accent>
      <Heading className="card__title">
        <Link to={`/praktijken/${practice.slug}`}>{practice.title}</Link>
      </Heading>
      <p className="card__badges">
        {practice.visibility === Visibility.MEMBERS && <Badge tone="neutral">{t('practices.membersOnly')}</Badge>}{' '}
        {practice.status === PracticeStatus.IN_REVIEW && <Badge tone="warning">{t('practices.inReview')}</Badge>}
      </p>
      <p>{practice.summary}</p>
      <p className="muted">
        {practice.organisation && t('practices.byOrganisation', { name: practice.organisation.name })}
        {practice.organisation && practice.publishedAt && ' · '}
        {practice.publishedAt && t('practices.published', { date: formatDate(practice.publishedAt, locale) })}
      </p>
    </Card>
  );
}
