/**
 * The page once the catalogs are here: one store of the user's inputs (the link's estimate or the
 * defaults), the calculator, and the decision tools, which load lazily with their charts.
 */
import { lazy, Suspense, use, useState, type ReactNode } from 'react';
import type { Catalogs } from '../engine/catalog.ts';
import { vendorOf } from '../engine/offerings/registry.ts';
import { CalculatorForm, LinkError } from '../features/calculator/components/calculator.tsx';
import { Presets } from '../features/calculator/components/presets.tsx';
import { ItemResult } from '../features/calculator/components/result.tsx';
import { ShareBar } from '../features/calculator/components/share-bar.tsx';
import { UrlSync } from '../features/calculator/url-sync.tsx';
import { useEstimate } from '../features/calculator/use-estimate.ts';
import { AlternativeCard } from '../features/estimate/components/alternative-card.tsx';
import { EstimateHead } from '../features/estimate/components/estimate-head.tsx';
import { EstimateSettings } from '../features/estimate/components/estimate-settings.tsx';
import { ItemList } from '../features/estimate/components/item-list.tsx';
import { ListToNet } from '../features/estimate/components/list-to-net.tsx';
import { TotalsBar } from '../features/estimate/components/totals-bar.tsx';
import { ExportBar } from '../features/export/components/export-bar.tsx';
import { QuoteBar } from '../features/quote/components/quote-bar.tsx';
import { QuoteHost } from '../features/quote/components/quote-document.tsx';
import { ChunkBoundary } from '../components/ui/chunk-boundary.tsx';
import { PartnerBar } from '../components/ui/partner-bar.tsx';
import { useT } from '../lib/i18n/locale.ts';
import { useNextFrame } from '../lib/use-next-frame.ts';
import { usePartner } from '../lib/partner.ts';
import { CalculatorProvider } from '../stores/calculator.ts';
import { initialEstimate, openingLink, type InitialEstimate } from '../stores/initial-estimate.ts';

// The link is read (an `e=` link unpacks asynchronously) while the catalogs download.
void openingLink();

const Decisions = lazy(() => import('../features/decisions/components/decisions.tsx'));
// Below the first screen, or only in an iframe: each loads after the first total is on screen.
const SavedEstimates = lazy(() => import('../features/saved/saved-estimates.tsx').then((m) => ({ default: m.SavedEstimates })));
const EmbedBridge = lazy(() => import('../features/embed/embed-bridge.tsx').then((m) => ({ default: m.EmbedBridge })));

function DecisionsLoading() {
  const t = useT();
  return (
    <div className="skeleton" aria-busy="true">
      <p className="visually-hidden">{t.loading}</p>
      <div className="skeleton__block skeleton__block--tall" />
    </div>
  );
}

export function CalculatorPage({ catalogs, embedded }: { catalogs: Catalogs; embedded: boolean }) {
  return (
    <Suspense fallback={<DecisionsLoading />}>
      <LinkedPage catalogs={catalogs} embedded={embedded} />
    </Suspense>
  );
}

/** The page on the estimate of its link (the first render waits for an `e=` link to unpack, if it has not yet). */
function LinkedPage({ catalogs, embedded }: { catalogs: Catalogs; embedded: boolean }) {
  const t = useT();
  const link = use(openingLink());
  const partner = usePartner();
  const [start] = useState(() => initialEstimate(link, catalogs, t.itemLabel(1), partner));
  return (
    <CalculatorProvider initial={start.estimate}>
      <PartnerBar showName={embedded} />
      <Workspace catalogs={catalogs} start={start} actions={<ExportBar catalogs={catalogs} />} />
      <QuoteHost catalogs={catalogs} />
      {embedded ? (
        <ChunkBoundary message={t.chunkError} reload={t.reload}>
          <Suspense fallback={null}>
            <EmbedBridge catalogs={catalogs} />
          </Suspense>
        </ChunkBoundary>
      ) : (
        <ChunkBoundary message={t.chunkError} reload={t.reload}>
          <Suspense fallback={null}>
            <SavedEstimates catalogs={catalogs} />
          </Suspense>
          <Suspense fallback={<DecisionsLoading />}>
            <Decisions catalogs={catalogs} />
          </Suspense>
        </ChunkBoundary>
      )}
    </CalculatorProvider>
  );
}

/**
 * The estimate builder: the first screen (the estimate's name, its totals, list → discount → net and
 * the cheapest honest alternative), then the items and the form editing the item in focus beside
 * that item's breakdown, the share and export actions, the accounts' settings and the vendors'
 * examples. One pricing of the estimate per change feeds them all.
 *
 * A keystroke's own frame paints the field and the totals; everything else that follows the pricing
 * (the items' figures, the item's breakdown, the fields' messages, the link) gets it a frame later
 * (`later`), so that frame costs the keystroke nothing. Memoized, they skip the keystroke's render.
 */
function Workspace({ catalogs, start, actions }: { catalogs: Catalogs; start: InitialEstimate; actions: ReactNode }) {
  const view = useEstimate(catalogs);
  const later = useNextFrame(view);
  const vendor = later.priced && vendorOf(later.priced.scenario.offering);
  const firstYear = later.shown?.validated.accounts.map((a) => `${a.vendor}:${a.firstYearMonths}`).join(' ') ?? '';
  return (
    <>
      <UrlSync catalogs={catalogs} scenarioOk={!view.stale} brokenLinkInputs={start.linkError ? start.inputs : undefined} />
      {start.linkError && <LinkError problem={start.linkError} />}
      <div className="estimate-page">
        <EstimateHead catalogs={catalogs} errors={later.estimateErrors} />
        <TotalsBar
          figures={view.shown}
          stale={view.stale && (view.errors.length > view.estimateErrors.length ? 'field' : 'estimate')}
          termPending={view.termPending}
        />
        <div className="insights">
          <ListToNet catalogs={catalogs} vendor={vendor} />
          <AlternativeCard catalogs={catalogs} scenario={later.priced?.scenario} accounts={later.shown?.validated.accounts} />
        </div>
        <div className="workspace">
          <div className="workspace__main">
            <ItemList catalogs={catalogs} figures={later.shown} stale={later.stale} errors={later.estimateErrors} />
            <CalculatorForm catalogs={catalogs} view={later} />
          </div>
          <div className="workspace__side">
            <ItemResult view={later} catalogs={catalogs} />
            <ShareBar stale={later.stale} />
            {actions}
            <QuoteBar errors={later.estimateErrors} />
            <EstimateSettings catalogs={catalogs} firstYear={firstYear} errors={later.estimateErrors} />
            <Presets />
          </div>
        </div>
      </div>
    </>
  );
}
