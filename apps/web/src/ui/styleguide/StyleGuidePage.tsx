import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge, type BadgeTone } from '../Badge';
import { Button, ButtonLink } from '../Button';
import { Card, CardList } from '../Card';
import { CheckboxField } from '../Checkbox';
import { Dialog } from '../Dialog';
import { EmptyState } from '../EmptyState';
import { LogoMark } from '../Logo';
import { PageHeader } from '../PageHeader';
import { Skeleton } from '../Skeleton';
import { Tabs } from '../Tabs';
import { TextField } from '../TextField';

const COLOURS = ['brand', 'brand-strong', 'text', 'muted', 'surface', 'border', 'link', 'focus'] as const;
const TONES: BadgeTone[] = ['neutral', 'success', 'info', 'warning', 'danger'];

function Specimen({ title, children }: { title: string; children: ReactNode }) {
  const id = `stijl-${title.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <section className="section styleguide__section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** /stijl (development only) — every shared component with its variants, to check them side by side. */
export function StyleGuidePage() {
  const { t } = useTranslation();
  const [dialogOpen, setDialogOpen] = useState(false);
  const [checked, setChecked] = useState(true);
  const [name, setName] = useState('');

  return (
    <>
      <PageHeader
        title={t('styleGuide.title')}
        lead={t('styleGuide.lead')}
        eyebrow={<LogoMark size={48} />}
        actions={<Button variant="primary">Primaire actie</Button>}
      />
      <Specimen title={t('styleGuide.colours')}>
        <ul className="styleguide__swatches">
          {COLOURS.map((colour) => (
            <li key={colour}>
              <span className="styleguide__swatch" style={{ background: `var(--colour-${colour})` }} />
              <code>--colour-{colour}</code>
            </li>
          ))}
        </ul>
      </Specimen>
      <Specimen title={t('styleGuide.type')}>
        <p style={{ fontSize: 'var(--text-2xl)', fontWeight: 700 }}>Kop 1 · Heading 1</p>
        <p style={{ fontSize: 'var(--text-xl)', fontWeight: 700 }}>Kop 2 · Heading 2</p>
        <p style={{ fontSize: 'var(--text-lg)', fontWeight: 700 }}>Kop 3 · Heading 3</p>
        <p>Broodtekst: lokale besturen die samenwerken rond integratie leren hier van elkaar.</p>
        <p className="muted">Gedempte tekst voor details en metadata.</p>
      </Specimen>
      <Specimen title={t('styleGuide.buttons')}>
        <div className="actions">
          <Button variant="primary">Primair</Button>
          <Button>Secundair</Button>
          <Button variant="quiet">Rustig</Button>
          <Button variant="danger">Verwijderen</Button>
          <Button variant="link">Als link</Button>
          <Button busy>Bezig</Button>
          <ButtonLink to="/ontmoetingsmomenten" variant="primary">
            Link als knop
          </ButtonLink>
        </div>
      </Specimen>
      <Specimen title={t('styleGuide.badges')}>
        <p className="card__badges">
          {TONES.map((tone) => (
            <Badge key={tone} tone={tone}>
              {tone}
            </Badge>
          ))}
        </p>
      </Specimen>
      <Specimen title={t('styleGuide.cards')}>
        <CardList>
          <Card accent>
            <h3 className="card__title">Kaart met accent</h3>
            <p className="card__meta">Gemeente · Antwerpen</p>
            <p className="card__badges">
              <Badge tone="success">Gesubsidieerd pilootproject</Badge>
            </p>
          </Card>
          <Card>
            <h3 className="card__title">Gewone kaart</h3>
            <p>Een korte samenvatting van twee regels.</p>
          </Card>
          <Card tone="muted">
            <h3 className="card__title">Gedempte kaart</h3>
            <p>Voor iets dat voorbij is.</p>
          </Card>
        </CardList>
      </Specimen>
      <Specimen title={t('styleGuide.tabs')}>
        <Tabs
          label={t('styleGuide.tabs')}
          items={[
            { to: '/stijl', label: 'Huidig', current: true },
            { to: '/stijl?tab=2', label: 'Tweede', current: false },
            { to: '/stijl?tab=3', label: 'Derde', current: false },
          ]}
        />
      </Specimen>
      <Specimen title={t('styleGuide.fields')}>
        <TextField id="stijl-naam" name="naam" label="Naam" hint="Zoals collega's je kennen." value={name} onChange={setName} />
        <TextField
          id="stijl-fout"
          name="fout"
          label="E-mailadres"
          value="geen-adres"
          onChange={() => {}}
          error="Geef een geldig e-mailadres."
        />
        <CheckboxField
          id="stijl-vink"
          label="Hou me op de hoogte"
          hint="Hoogstens één e-mail per week."
          checked={checked}
          onChange={setChecked}
        />
      </Specimen>
      <Specimen title={t('styleGuide.empty')}>
        <EmptyState action={<ButtonLink to="/themas">Thema voorstellen</ButtonLink>}>Er zijn nog geen thema's.</EmptyState>
      </Specimen>
      <Specimen title={t('styleGuide.skeleton')}>
        <Skeleton lines={3} card />
      </Specimen>
      <Specimen title={t('styleGuide.dialog')}>
        <Button onClick={() => setDialogOpen(true)}>{t('styleGuide.openDialog')}</Button>
        <Dialog
          open={dialogOpen}
          title={t('styleGuide.dialog')}
          onClose={() => setDialogOpen(false)}
          actions={
            <>
              <Button variant="primary" onClick={() => setDialogOpen(false)}>
                OK
              </Button>
              <Button onClick={() => setDialogOpen(false)}>{t('common.cancel')}</Button>
            </>
          }
        >
          <p>{t('styleGuide.dialogBody')}</p>
        </Dialog>
      </Specimen>
      <Specimen title={t('styleGuide.prose')}>
        <div className="prose">
          <h3>Een tussenkop</h3>
          <p>
            Een alinea met <strong>vet</strong>, <em>cursief</em> en <code>code</code>.
          </p>
          <ul>
            <li>Een punt</li>
            <li>Nog een punt</li>
          </ul>
          <blockquote>
            <p>Een citaat van een lid.</p>
          </blockquote>
          <table>
            <thead>
              <tr>
                <th>Gemeente</th>
                <th>Nieuwkomers</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <td>Geel</td>
                <td>120</td>
              </tr>
            </tbody>
          </table>
        </div>
      </Specimen>
    </>
  );
}
