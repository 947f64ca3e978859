import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { createApolloClient } from './apollo';
import { LiveConnection, LiveConnectionContext } from '../lib/liveConnection';
import { createI18n, currentLocale, loadLocale } from './i18n';
import { prefetchFirstPage } from './prefetch';
import { createAppRouter } from './router';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('Missing #root element in index.html');

const i18n = createI18n();
const connection = new LiveConnection();
const client = createApolloClient(
  () => currentLocale(i18n.resolvedLanguage ?? i18n.language),
  connection,
  (key, params) => i18n.t(`apiMessages.${key}`, params ?? {}),
);
const router = createAppRouter();
prefetchFirstPage(client, window.location.pathname);

// The chosen language's texts first (Dutch is already here), so the first render is in that language.
void loadLocale(i18n, currentLocale(i18n.language)).finally(() => {
  createRoot(container).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <ApolloProvider client={client}>
          <LiveConnectionContext value={connection}>
            <RouterProvider router={router} />
          </LiveConnectionContext>
        </ApolloProvider>
      </I18nextProvider>
    </StrictMode>,
  );
});
