/**
 * Engine throughput (`npm run bench`): the median time of one estimate per offering, and of pricing
 * one workload at every edition × billing mode of every vendor (what a comparison recomputes on each
 * keystroke). Figures vary by machine; nothing here is asserted.
 */
import { loadCatalogs } from '../src/cli/catalogs.ts';
import { findOffering, findRegion } from '../src/engine/catalog.ts';
import { compareOptions } from '../src/engine/decisions/compare.ts';
import { estimate, monthlyTotal, quote } from '../src/engine/estimate.ts';
import { TERM_MONTHS, quoteEstimate } from '../src/engine/estimates/pricing.ts';
import { BILLINGS } from '../src/engine/ids.ts';
import { OFFERINGS } from '../src/engine/offerings/registry.ts';
import { isDedicated, validateScenario, type Scenario, type ScenarioJson } from '../src/engine/scenario.ts';

const catalogs = loadCatalogs();
/** Each offering's region in Guangzhou / Shenzhen (RULES.md, "The same city at each vendor"). */
const REGION = Object.fromEntries(
  OFFERINGS.map((id) => {
    const found = findOffering(catalogs, id)!;
    return [id, found.offering.regions.find((r) => findRegion(found.catalog, r)?.city === 'guangzhou')!];
  }),
);
const WORKLOAD = {
  callsPerMonth: 150_000_000,
  responseKB: 3,
  requestKB: 1,
  peakQps: 1200,
  client: 'internet',
  backend: 'cross-region-public',
  firstYear: true,
};

/** Every edition × billing mode of every offering for the workload, as scenario documents. */
function comparisonScenarios(): ScenarioJson[] {
  return OFFERINGS.flatMap((offering) => {
    const base = { version: 1, offering, region: REGION[offering], ...WORKLOAD };
    if (!isDedicated(offering)) return [base];
    const editions = findOffering(catalogs, offering)?.offering.editions ?? [];
    return editions.flatMap((e) => BILLINGS.map((billing) => ({ ...base, edition: e.id, billing, ...(billing === 'payg' && { hours: 730 }) })));
  });
}

function validated(docs: ScenarioJson[]): Scenario[] {
  return docs.map((d) => {
    const v = validateScenario(d, catalogs);
    if (!v.ok) throw new Error(JSON.stringify(v.errors));
    return v.scenario;
  });
}

/** Median milliseconds of `fn` over `rounds` timed runs, after a warm-up. */
function median(fn: () => void, rounds: number): number {
  for (let i = 0; i < Math.max(50, rounds / 10); i++) fn();
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? NaN;
}

const us = (ms: number) => `${(ms * 1000).toFixed(1)} µs`;
const docs = comparisonScenarios();
const scenarios = validated(docs);

console.log(`Node ${process.version}; median of timed runs after warm-up\n`);
console.log('one estimate, per offering (validated scenario → estimate):');
for (const offering of OFFERINGS) {
  const one = scenarios.filter((s) => s.offering === offering);
  console.log(`  ${offering.padEnd(18)} ${us(median(() => one.forEach((s) => estimate(s, catalogs)), 2000) / one.length)}`);
}
const whole = median(() => scenarios.forEach((s) => estimate(s, catalogs)), 500);
const withValidation = median(() => docs.forEach((d) => quote(d, catalogs)), 500);
const totalsOnly = median(() => scenarios.forEach((s) => monthlyTotal(s, catalogs)), 500);
const [first] = docs;
const base = validated([first!])[0]!;
const comparison = median(() => compareOptions(base, catalogs, 'guangzhou'), 200);
console.log(`\ncomparison: ${scenarios.length} estimates (every edition × billing mode of every vendor)`);
console.log(`  explained estimates     ${whole.toFixed(3)} ms   (target < 1 ms)`);
console.log(`  validate + explained    ${withValidation.toFixed(3)} ms`);
console.log(`  totals only             ${totalsOnly.toFixed(3)} ms   (monthlyTotal: what rankings and charts use)`);
console.log(`  compareOptions          ${comparison.toFixed(3)} ms   (the page's comparison: plan, validate, price, rank)`);

// An estimate of 50 items over the 36-month term (issue: under 5 ms, to recompute on every keystroke):
// production and staging of every vendor's offerings, yearly, monthly and pay-as-you-go, in four groups.
const ITEMS = 50;
const estimateDoc = (growthPercent: number) => ({
  version: 1,
  kind: 'estimate',
  growthPercent,
  accounts: { tencent: { firstYearMonths: 7 } },
  items: Array.from({ length: ITEMS }, (_, i) => {
    const d = docs[(i * 7) % docs.length]!;
    return {
      label: `item ${i + 1}`,
      group: ['prod', 'staging', 'dr', 'dev'][i % 4],
      scenario: { ...d, firstYear: undefined, callsPerMonth: 1_000_000 * (i + 1) },
    };
  }),
});
console.log(`\nestimate: ${ITEMS} items × ${TERM_MONTHS} months (validate, pool per account, price every month)`);
for (const growth of [0, 5]) {
  const doc = estimateDoc(growth);
  const check = quoteEstimate(doc, catalogs);
  if (!check.ok) throw new Error(check.message);
  const totals = median(() => quoteEstimate(doc, catalogs, { explain: false }), 100);
  const explained = median(() => quoteEstimate(doc, catalogs), 100);
  console.log(`  growth ${growth}%: totals ${totals.toFixed(3)} ms (target < 5 ms)   explained ${explained.toFixed(3)} ms`);
}
