import { useTranslation } from 'react-i18next';
import { buttonClass } from '../../ui/Button';
import { ExternalLink } from '../../ui/ExternalLink';
import { PageTitle } from '../../ui/PageTitle';

const FILES = ['organisations', 'meetings', 'practices', 'themes', 'reports'] as const;
const LICENCE_URL = 'https://www.vlaanderen.be/digitaal-vlaanderen/onze-oplossingen/open-data/modellicenties-voor-open-data';

/** /open-data — what the open-data ZIP holds, its licence, and the download (GET /open-data.zip, built by the API). */
export function OpenDataPage() {
  const { t } = useTranslation();
  const url = `${window.location.origin}/open-data`;
  return (
    <div className="narrow">
      <PageTitle title={t('openData.title')}>{t('openData.lead')}</PageTitle>
      <p>
        <a className={buttonClass('primary')} href="/open-data.zip" download>
          {t('openData.download')}
        </a>
      </p>
      <section aria-labelledby="open-data-contents" className="section">
        <h2 id="open-data-contents">{t('openData.contents')}</h2>
        <ul>
          {FILES.map((file) => (
            <li key={file}>{t(`openData.files.${file}`)}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="open-data-excluded" className="section">
        <h2 id="open-data-excluded">{t('openData.notIncluded')}</h2>
        <p>{t('openData.notIncludedBody')}</p>
      </section>
      <section aria-labelledby="open-data-format" className="section">
        <h2 id="open-data-format">{t('openData.format')}</h2>
        <p>{t('openData.formatBody')}</p>
      </section>
      <section aria-labelledby="open-data-licence" className="section">
        <h2 id="open-data-licence">{t('openData.licence')}</h2>
        <p>{t('openData.licenceBody')}</p>
        <p>
          <ExternalLink href={LICENCE_URL}>{t('openData.licenceLink')}</ExternalLink>
        </p>
      </section>
      <section aria-labelledby="open-data-api" className="section">
        <h2 id="open-data-api">{t('openData.api')}</h2>
        <p>{t('openData.apiBody', { url })}</p>
      </section>
    </div>
  );
}
