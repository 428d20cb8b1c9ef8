/**
 * Imported first by main.tsx, for its side effect: modules are evaluated in import order, so this
 * runs before any module (the language store, the link the page opens with) reads the URL.
 */
import { forgetUrlForReload, restoreUrlAfterReload } from './url-writer.ts';

restoreUrlAfterReload();
window.addEventListener('pageshow', (event) => {
  if (event.persisted) forgetUrlForReload();
});
