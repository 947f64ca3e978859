import { Competence } from '@ln/domain';
import { useTranslation } from 'react-i18next';

const KEY_COMPETENCES = [
  Competence.RESISTANCE,
  Competence.SUPPORT_AND_URGENCY,
  Competence.STRATEGIC_THINKING,
  Competence.COMMUNICATION,
] as const;

/** The hero: what the Lerend Netwerk is, who started it and how it works. */
export function AboutNetwork() {
  const { t } = useTranslation();
  return (
    <section className="hero" id="over" aria-labelledby="over-title">
      <h1 id="over-title">{t('landing.title')}</h1>
      <p className="hero__lead">{t('landing.lead')}</p>
      <p>{t('landing.origin')}</p>
      <p>{t('landing.bottomUp')}</p>
      <p>{t('landing.competencesIntro')}</p>
      <ul className="hero__competences">
        {KEY_COMPETENCES.map((competence) => (
          <li key={competence}>{t(`competence.${competence}`)}</li>
        ))}
      </ul>
      <p>{t('landing.sharing')}</p>
    </section>
  );
}
