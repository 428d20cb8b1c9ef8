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

function Page() {
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
  return <CalculatorPage catalogs={state.catalogs} />;
}

function Header() {
  const t = useT();
  const { locale, setLocale } = useLocaleStore();
  useEffect(() => {
    document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';
    document.title = t.appTitle;
  }, [locale, t]);
  return (
    <header className="site-header">
      <div>
        <h1>{t.appTitle}</h1>
        <p className="site-header__sub">{t.appSubtitle}</p>
      </div>
      <button type="button" className="lang-switch" lang={locale === 'zh' ? 'en' : 'zh'} aria-label={t.switchLanguageLabel} onClick={() => setLocale(locale === 'zh' ? 'en' : 'zh')}>
        {t.switchLanguage}
      </button>
    </header>
  );
}

export function App() {
  const [client] = useState(() => new QueryClient());
  const t = useT();
  return (
    <QueryClientProvider client={client}>
      <Header />
      <main>
        <Page />
      </main>
      <footer className="site-footer">
        <p>{t.footer}</p>
      </footer>
    </QueryClientProvider>
  );
}
