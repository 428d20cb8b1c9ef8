/**
 * The page's shell: header, footer, language, and the catalogs' loading state. It is all a first
 * visit loads before its first paint; the calculator (the engine, decimal.js, the form) is a chunk of
 * its own, fetched at once, beside the catalogs, and shown when both are here.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useCatalogs } from '../features/catalogs/catalog-queries.ts';
import { ChunkBoundary } from '../components/ui/chunk-boundary.tsx';
import { useLocaleStore, useT } from '../lib/i18n/locale.ts';
import { usePartner } from '../lib/partner.ts';

const calculatorChunk = import('./calculator-page.tsx');
const CalculatorPage = lazy(() => calculatorChunk.then((m) => ({ default: m.CalculatorPage })));

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
  return (
    <ChunkBoundary message={t.chunkError} reload={t.reload}>
      <Suspense fallback={<Skeleton />}>
        <CalculatorPage catalogs={state.catalogs} embedded={embedded} />
      </Suspense>
    </ChunkBoundary>
  );
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
  const [switchFailed, setSwitchFailed] = useState(false);
  const partner = usePartner();
  useDocumentLanguage();
  const switchLanguage = () => {
    setSwitchFailed(false);
    setLocale(locale === 'zh' ? 'en' : 'zh').catch(() => setSwitchFailed(true));
  };
  return (
    <header className="site-header">
      <div>
        <h1>{t.appTitle}</h1>
        <p className="site-header__sub">{t.appSubtitle}</p>
        {partner.name && (
          <p className="site-header__partner" data-testid="partner-name">
            {t.partner.by(partner.name)}
          </p>
        )}
      </div>
      <button type="button" className="lang-switch" lang={locale === 'zh' ? 'en' : 'zh'} onClick={switchLanguage}>
        {t.switchLanguage}
      </button>
      {switchFailed && (
        <p className="site-header__problem" role="status">
          {t.switchLanguageFailed}
        </p>
      )}
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
