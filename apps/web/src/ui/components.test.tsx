import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import type { ReactNode } from 'react';
import { createI18n } from '../app/i18n';
import { Badge } from './Badge';
import { Button, ButtonLink } from './Button';
import { Card, CardList } from './Card';
import { CheckboxField } from './Checkbox';
import { Dialog } from './Dialog';
import { EmptyState } from './EmptyState';
import { PageHeader } from './PageHeader';
import { Skeleton } from './Skeleton';
import { Tabs } from './Tabs';

/** Renders `ui` at `path` inside a router and i18n, as the app does. */
function renderUi(ui: ReactNode, path = '/') {
  const router = createMemoryRouter([{ path: '*', element: ui }], { initialEntries: [path] });
  return render(
    <I18nextProvider i18n={createI18n('nl')}>
      <RouterProvider router={router} />
    </I18nextProvider>,
  );
}

describe('Button and ButtonLink', () => {
  it('gives each variant its class; a busy button stays focusable, says so and ignores clicks', () => {
    const onClick = vi.fn();
    renderUi(
      <>
        <Button variant="primary" onClick={onClick}>
          Opslaan
        </Button>
        <Button variant="quiet" busy onClick={onClick}>
          Bezig
        </Button>
      </>,
    );
    const primary = screen.getByRole('button', { name: 'Opslaan' });
    expect(primary.className).toBe('button button--primary');
    expect(primary.getAttribute('type')).toBe('button');
    fireEvent.click(primary);
    const busy = screen.getByRole('button', { name: 'Bezig' });
    expect(busy.className).toContain('button--quiet');
    expect(busy.getAttribute('aria-disabled')).toBe('true');
    expect(busy.hasAttribute('disabled')).toBe(false);
    fireEvent.click(busy);
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('renders a link that navigates (not a button) with the button look', () => {
    renderUi(
      <ButtonLink to="/ontmoetingsmomenten/nieuw" variant="primary">
        Ontmoetingsmoment plannen
      </ButtonLink>,
    );
    const link = screen.getByRole('link', { name: 'Ontmoetingsmoment plannen' });
    expect(link.getAttribute('href')).toBe('/ontmoetingsmomenten/nieuw');
    expect(link.className).toBe('button button--primary');
  });
});

describe('Card, CardList and Badge', () => {
  it('renders list items with the accent and status classes, and one class per badge tone', () => {
    renderUi(
      <CardList single aria-label="Kaarten">
        <Card accent aria-label="Eerste">
          <Badge tone="success">Aangenomen</Badge>
        </Card>
        <Card tone="danger" aria-label="Tweede">
          <Badge>Feit</Badge>
        </Card>
      </CardList>,
    );
    const list = screen.getByRole('list', { name: 'Kaarten' });
    expect(list.className).toBe('card-list card-list--single');
    expect(within(list).getByRole('listitem', { name: 'Eerste' }).className).toBe('card card--accent');
    expect(within(list).getByRole('listitem', { name: 'Tweede' }).className).toBe('card card--danger');
    expect(screen.getByText('Aangenomen').className).toBe('badge badge--success');
    expect(screen.getByText('Feit').className).toBe('badge badge--neutral');
  });
});

describe('Tabs', () => {
  it('is a named navigation whose current tab says aria-current="page"', () => {
    renderUi(
      <Tabs
        label="Secties"
        items={[
          { to: '/beheer', label: 'Aanvragen', end: true },
          { to: '/beheer/rapporten', label: 'Rapporten' },
        ]}
      />,
      '/beheer/rapporten',
    );
    const nav = screen.getByRole('navigation', { name: 'Secties' });
    expect(within(nav).getByRole('link', { name: 'Rapporten' }).getAttribute('aria-current')).toBe('page');
    expect(within(nav).getByRole('link', { name: 'Aanvragen' }).getAttribute('aria-current')).toBeNull();
  });

  it('marks the current tab it is told about (tabs over the query string)', () => {
    renderUi(
      <Tabs
        label="Soort"
        items={[
          { to: '/zoeken?q=a', label: 'Alles', current: false },
          { to: '/zoeken?q=a&soort=THEME', label: 'Thema’s', current: true },
        ]}
      />,
    );
    expect(screen.getByRole('link', { name: 'Thema’s' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('link', { name: 'Alles' }).getAttribute('aria-current')).toBeNull();
  });
});

describe('CheckboxField', () => {
  it('is labelled, points at its hint and reports changes', () => {
    const onChange = vi.fn();
    renderUi(<CheckboxField id="c" label="Hou me op de hoogte" hint="Eén e-mail per week." checked={false} onChange={onChange} />);
    const box = screen.getByRole('checkbox', { name: 'Hou me op de hoogte' });
    expect(document.getElementById(box.getAttribute('aria-describedby')!)?.textContent).toBe('Eén e-mail per week.');
    fireEvent.click(box);
    expect(onChange).toHaveBeenCalledWith(true);
  });
});

describe('EmptyState, Skeleton and PageHeader', () => {
  it('shows the empty text with its next step; the skeleton is hidden from screen readers', () => {
    const { container } = renderUi(
      <>
        <EmptyState action={<ButtonLink to="/themas">Thema voorstellen</ButtonLink>}>Nog geen thema’s.</EmptyState>
        <Skeleton lines={2} />
      </>,
    );
    expect(screen.getByText('Nog geen thema’s.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Thema voorstellen' })).toBeTruthy();
    const skeleton = container.querySelector('.skeleton')!;
    expect(skeleton.getAttribute('aria-hidden')).toBe('true');
    expect(skeleton.querySelectorAll('.skeleton__line')).toHaveLength(2);
  });

  it('gives the page one h1, its title with the site name, the lead and the actions', async () => {
    renderUi(<PageHeader title="Thema’s" lead="Wat het netwerk bespreekt." actions={<Button>Voorstellen</Button>} />);
    expect(screen.getAllByRole('heading', { level: 1 }).map((h) => h.textContent)).toEqual(['Thema’s']);
    expect(screen.getByText('Wat het netwerk bespreekt.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Voorstellen' })).toBeTruthy();
    await act(async () => {});
    expect(document.title).toBe('Thema’s – Lerend Netwerk');
  });
});

describe('Dialog', () => {
  it('is a named dialog with its actions; the close button and Escape close it', async () => {
    const onClose = vi.fn();
    function Harness({ open }: { open: boolean }) {
      return (
        <>
          <button type="button">Openen</button>
          <Dialog open={open} title="Bijdrage verwijderen" onClose={onClose} actions={<Button variant="danger">Ja, verwijderen</Button>}>
            <p>Zeker?</p>
          </Dialog>
        </>
      );
    }
    const view = renderUi(<Harness open={false} />);
    expect(screen.queryByRole('dialog')).toBeNull();
    const opener = screen.getByRole('button', { name: 'Openen' });
    opener.focus();
    view.rerender(
      <I18nextProvider i18n={createI18n('nl')}>
        <RouterProvider router={createMemoryRouter([{ path: '*', element: <Harness open /> }])} />
      </I18nextProvider>,
    );
    const dialog = await screen.findByRole('dialog', { name: 'Bijdrage verwijderen' });
    expect(within(dialog).getByText('Zeker?')).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'Ja, verwijderen' })).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Sluiten' }));
    expect(onClose).toHaveBeenCalledTimes(1);
    fireEvent(dialog, new Event('cancel', { cancelable: true }));
    expect(onClose).toHaveBeenCalledTimes(2);
  });
});
