import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { createApolloClient } from './app/apollo';
import { AppProviders } from './app/providers';
import { SessionStore } from './features/account/session-store';
import { createI18n } from './i18n';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const session = new SessionStore();

createRoot(container).render(
  <StrictMode>
    <AppProviders i18n={createI18n()} client={createApolloClient(session)} session={session}>
      <App />
    </AppProviders>
  </StrictMode>,
);
