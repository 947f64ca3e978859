import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { createI18n, type Locale } from '../app/i18n';
import { en } from '../app/i18n/en';
import { routes } from '../app/router';
import type { Viewer } from '../features/auth/viewer';
import { createCache } from '../app/apollo';
import { bellMock, notificationAddedMock, viewerMock } from './viewerMock';

/**
 * Renders the real routes and layout at `path`, with mocked GraphQL responses.
 * The header asks who is signed in: `viewer` answers that (anonymous by default).
 */
export function renderApp({
  path = '/',
  mocks = [],
  language = 'nl',
  viewer = null,
}: {
  path?: string;
  mocks?: MockLink.MockedResponse[];
  language?: Locale;
  viewer?: Viewer | null;
} = {}) {
  const i18n = createI18n(language, { en }); // the app loads English on demand; tests have it at once
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const view = render(
    <I18nextProvider i18n={i18n}>
      <MockedProvider
        cache={createCache()}
        mocks={[viewerMock(viewer), ...(viewer ? [bellMock(), notificationAddedMock()] : []), ...mocks]}
      >
        <RouterProvider router={router} />
      </MockedProvider>
    </I18nextProvider>,
  );
  return { ...view, i18n, router };
}
