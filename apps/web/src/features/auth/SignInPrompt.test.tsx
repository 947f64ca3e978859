import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../test/renderApp';
import { viewerFixture } from '../../test/viewerMock';
import { PRACTICE_QUERY } from '../practices/queries';

const missing = { request: { query: PRACTICE_QUERY, variables: { slug: 'intern' } }, result: { data: { practiceBySlug: null } } };

describe('a page that is not there for the viewer', () => {
  it('asks a signed-out visitor to sign in, with a link that comes back to the page', async () => {
    renderApp({ path: '/praktijken/intern', mocks: [missing] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Meld je aan om deze pagina te zien' })).toBeTruthy();
    const main = screen.getByRole('main');
    const link = Array.from(main.querySelectorAll('a')).find((a) => a.textContent === 'Aanmelden');
    expect(link?.getAttribute('href')).toBe('/aanmelden?terug=%2Fpraktijken%2Fintern');
  });

  it('tells a signed-in member that it does not exist (for them)', async () => {
    renderApp({ path: '/praktijken/intern', mocks: [missing], viewer: viewerFixture() });
    expect(await screen.findByRole('heading', { level: 1, name: 'Pagina niet gevonden' })).toBeTruthy();
  });
});
