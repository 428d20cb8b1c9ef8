import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { CalculatorPage } from './calculator-page.tsx';
import { useCatalogs } from '../features/catalogs/catalog-queries.ts';
import { useLocaleStore, useT } from '../lib/i18n/locale.ts';

function Skeleton() {
  const t = useT();
  return (
    <div className="skeleton" aria-busy="true" data-testid="loading">
      <p className="visually-hidden">{t.loading}</p>
      <div className="skeleton__block" />
      <div className="skeleton__block skeleton__block--tall" />
      <div className="skeleton__block" />
    </div>
  );
}

function Page({ embedded }: { embedded: boolean }) {
  const t = useT();
  const state = useCatalogs();
  if (state.status === 'pending') return <Skeleton />;
  if (state.status === 'error') {
    return (
      <div className="notice notice--error" role="alert" data-testid="error">
        <p>{t.catalogError}</p>
        <ul>
          {state.errors.map((e) => (
            <li key={e.message}>{e.message}</li>
          ))}
        </ul>
        <button type="button" onClick={state.retry}>
          {t.retry}
        </button>
      </div>
    );
  }
  return <CalculatorPage catalogs={state.catalogs} embedded={embedded} />;
}

/** Keeps the document's language and title on the page's language. */
function useDocumentLanguage() {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  useEffect(() => {
    document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';
    document.title = t.appTitle;
  }, [locale, t]);
}

function DocumentLanguage() {
  useDocumentLanguage();
  return null;
}

function Header() {
  const t = useT();
  const { locale, setLocale } = useLocaleStore();
  useDocumentLanguage();
  return (
    <header className="site-header">
      <div>
        <h1>{t.appTitle}</h1>
        <p className="site-header__sub">{t.appSubtitle}</p>
      </div>
      <button type="button" className="lang-switch" lang={locale === 'zh' ? 'en' : 'zh'} onClick={() => setLocale(locale === 'zh' ? 'en' : 'zh')}>
        {t.switchLanguage}
      </button>
    </header>
  );
}

/** The page; `embedded` (embed mode) shows the calculator alone, for a partner's iframe. */
export function App({ embedded = false }: { embedded?: boolean }) {
  const [client] = useState(() => new QueryClient());
  const t = useT();
  return (
    <QueryClientProvider client={client}>
      {embedded ? <DocumentLanguage /> : <Header />}
      <main>
        <Page embedded={embedded} />
      </main>
      {!embedded && (
        <footer className="site-footer">
          <p>{t.footer}</p>
        </footer>
      )}
    </QueryClientProvider>
  );
}
