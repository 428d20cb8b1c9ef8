// First, before any module reads the URL: a reload straight after an edit opens the edited scenario.
import './lib/restore-url.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { applyEmbedMode, embedMode } from './lib/embed-mode.ts';
import { prepareLocale } from './lib/i18n/locale.ts';
import './app/app.css';

const mode = embedMode(window.location.search);
applyEmbedMode(mode);

const root = document.getElementById('root');
if (root) {
  // The page's language loads first (a chunk per language); then the page renders.
  prepareLocale().then(
    () =>
      createRoot(root).render(
        <StrictMode>
          <App embedded={mode.embedded} />
        </StrictMode>,
      ),
    () => {
      // Without messages there is no page to show; say so in both languages, as plain text.
      const p = document.createElement('p');
      p.setAttribute('role', 'alert');
      p.textContent = '页面未能加载，请检查网络后刷新。 The page could not load; check the network and reload.';
      root.replaceChildren(p);
    },
  );
}
