import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../test/renderApp';

describe('Layout', () => {
  it('has the landmarks and a skip link that moves focus to main', () => {
    renderApp({ path: '/niet-bestaand' });

    expect(screen.getByRole('banner')).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Hoofdnavigatie' })).toBeTruthy();
    expect(screen.getByRole('contentinfo')).toBeTruthy();
    const main = screen.getByRole('main');

    const skip = screen.getByRole('link', { name: 'Naar de inhoud' });
    expect(document.body.querySelector('a')).toBe(skip); // first focusable element
    fireEvent.click(skip);
    expect(document.activeElement).toBe(main);
  });

  it('switches the language, marks the pressed button, sets <html lang> and remembers the choice', async () => {
    window.localStorage.clear();
    renderApp({ path: '/niet-bestaand' });
    expect(document.documentElement.lang).toBe('nl');
    expect(screen.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' })).toBeTruthy();

    const english = screen.getByRole('button', { name: 'English' });
    expect(english.getAttribute('aria-pressed')).toBe('false');
    expect(screen.getByRole('button', { name: 'Nederlands' }).getAttribute('aria-pressed')).toBe('true');

    await act(async () => {
      fireEvent.click(english);
    });

    await waitFor(() => expect(english.getAttribute('aria-pressed')).toBe('true'));
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy();
    expect(window.localStorage.getItem('ln.language')).toBe('en');
  });
});
