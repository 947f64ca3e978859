import { Competence } from '@ln/domain';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../ui/Button';

const KEY_COMPETENCES = [
  Competence.RESISTANCE,
  Competence.SUPPORT_AND_URGENCY,
  Competence.STRATEGIC_THINKING,
  Competence.COMMUNICATION,
] as const;

/** The top of the home page: what the Lerend Netwerk is, in two sentences, and where to go. */
export function NetworkIntro() {
  const { t } = useTranslation();
  return (
    <section className="hero" aria-labelledby="over-title">
      <h1 id="over-title">{t('landing.title')}</h1>
      <p className="hero__lead">{t('landing.lead')}</p>
      <p className="actions">
        <ButtonLink to="/ontmoetingsmomenten" variant="primary">
          {t('landing.allMeetings')}
        </ButtonLink>
        <ButtonLink to="/praktijken">{t('practices.toLibrary')}</ButtonLink>
      </p>
    </section>
  );
}

/** "Over het netwerk": who started it, how it works, the key competences; `children` link to the members. */
export function AboutNetwork({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <section className="section about" id="over" aria-labelledby="over-netwerk">
      <h2 id="over-netwerk">{t('nav.about')}</h2>
      <p>{t('landing.origin')}</p>
      <p>{t('landing.bottomUp')}</p>
      <p>{t('landing.competencesIntro')}</p>
      <ul className="hero__competences">
        {KEY_COMPETENCES.map((competence) => (
          <li key={competence}>{t(`competence.${competence}`)}</li>
        ))}
      </ul>
      <p>{t('landing.sharing')}</p>
      {children}
    </section>
  );
}
