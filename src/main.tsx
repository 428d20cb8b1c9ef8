// First, before any module reads the URL: a reload straight after an edit opens the edited scenario.
import './lib/restore-url.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { applyEmbedMode, embedMode } from './lib/embed-mode.ts';
import './app/app.css';

const mode = embedMode(window.location.search);
applyEmbedMode(mode);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App embedded={mode.embedded} />
    </StrictMode>,
  );
}
