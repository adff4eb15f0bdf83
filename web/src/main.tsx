import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApolloClient } from './apollo/client';
import { Providers } from './app/Providers';
import { App } from './app/App';
import { createBrowserHistory, createScrollMemory, RouterProvider } from './router';
import './app/styles/index.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

function sessionStorageOrNull(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

// The app restores scroll positions itself, once a page's data is back (router/scroll.ts).
window.history.scrollRestoration = 'manual';

const client = createApolloClient();
const history = createBrowserHistory();
const scrollMemory = createScrollMemory(sessionStorageOrNull());

createRoot(container).render(
  <StrictMode>
    <Providers client={client}>
      <RouterProvider history={history} scrollMemory={scrollMemory}>
        <App />
      </RouterProvider>
    </Providers>
  </StrictMode>,
);
