/**
 * Prices an estimate the way the vendors bill (RULES.md, "Estimates" and "the contract term"): each
 * item's instance fees are its own billing items; calls of a pay-per-call offering and egress per
 * region are added up per vendor account, free quotas taken once, tiers and units applied to the
 * account's total, each pooled item rounded once and shared out over its items in item order. Priced
 * month by month for 36 months, with first-year quotas ending and compound growth.
 */
import type { Catalogs } from '../catalog.ts';
import type { Charge, EstimateWarning } from '../charges.ts';
import { capacityOf, charges, explain, ruleContext, type Estimate } from '../estimate.ts';
import { formatInputError, type FieldError } from '../issues.ts';
import { Dec, ONE, ZERO, asCalls, asGB, asMoney, asPercent, dec, moneyString, roundItem, type Money, type Percent } from '../money.ts';
import { withMarkup } from '../scenario.ts';
import { vendorOf } from '../offerings/registry.ts';
import { itemAmount, priceCharge, resolvePrice, upfrontAmount, withMargin, type EstimateLine } from '../price.ts';
import { callsCharge, freeAmount } from '../rules/calls.ts';
import type { RuleContext } from '../rules/context.ts';
import { trafficCharge } from '../rules/traffic.ts';
import { validateEstimateDoc, type Account, type Estimate36, type EstimateDoc } from './document.ts';

/** Months an estimate is priced for (RULES.md: a 36-month term). */
export const TERM_MONTHS = 36;
/** Months in which a yearly subscription is paid: 1, 13 and 25. */
const YEAR = 12;

// ---------------------------------------------------------------------------------------------
// Pools: usage billed per account.

interface PoolEntry {
  item: number;
  ctx: RuleContext;
  charge: Charge;
}

interface Pool {
  /** `calls:<offering>` or `traffic:<region>`. */
  id: string;
  account: Account;
  kind: 'calls' | 'egress';
  entries: PoolEntry[];
}

/** One month's pooled item: its amount and each item's share (undefined amounts: a price is missing). */
interface PricedPool {
  pool: Pool;
  amount: Money | undefined;
  /** The billed quantity of the whole pool (billable calls, GB after the free allowance). */
  quantity: Dec;
  shares: { item: number; amount: Money; quantity: Dec }[];
  /** The pooled charge, for its explanation. */
  charge: Charge;
}

function poolKey(ctx: RuleContext, charge: Charge): string | undefined {
  if (charge.usage?.kind === 'calls') return `calls:${ctx.scenario.offering}`;
  if (charge.usage?.kind === 'egress') return `traffic:${ctx.scenario.region}`;
  return undefined;
}

function sum(values: Dec[]): Dec {
  return values.reduce<Dec>((a, b) => a.plus(b), ZERO);
}

/** Gross usage of an entry: calls, or billed egress GB. */
function grossOf(e: PoolEntry): Dec {
  const u = e.charge.usage;
  if (!u) return ZERO;
  return u.kind === 'calls' ? u.calls : sum(u.gb);
}

/**
 * Shares of a pooled item in item order: item i takes the slices its usage occupies (the first item's
 * calls take the free quota, then the first tiers, as they come), each share rounded half-up, the last
 * taking the remainder so the shares add up to the pooled amount exactly. One pass over the items and
 * the pooled charge's slices (its parts, in order; or started units of calls).
 */
function share(pool: Pool, ctx: RuleContext, charge: Charge, amount: Money): PricedPool['shares'] {
  const free = charge.free ?? ZERO;
  const billable = (gross: Dec) => Dec.max(gross.minus(free), ZERO);
  const prices = charge.parts.map((p) => resolvePrice(ctx, p.key)?.net ?? ZERO);
  const unit = charge.usage?.kind === 'calls' ? charge.usage.startedUnits : undefined;
  const out: PricedPool['shares'] = [];
  let gross = ZERO;
  let from = ZERO;
  let given = ZERO;
  // The parts' slices of the billable quantity: [start, end) of each, in order.
  let k = 0;
  let start = ZERO;
  pool.entries.forEach((e, i) => {
    gross = gross.plus(grossOf(e));
    const to = billable(gross);
    let exact = ZERO;
    if (unit) {
      exact = to
        .div(unit)
        .ceil()
        .minus(from.div(unit).ceil())
        .times(prices[0] ?? ZERO);
    } else if (charge.parts.length === 1) {
      // One price for the whole billable quantity (egress, a flat call price): the slice times it.
      const part = charge.parts[0]!;
      const slice = to.minus(from).times(prices[0]!);
      exact = part.divisor ? slice.div(part.divisor) : slice;
    } else {
      while (k < charge.parts.length) {
        const part = charge.parts[k]!;
        const end = start.plus(part.quantity);
        const lo = Dec.max(from, start);
        const hi = Dec.min(to, end);
        if (hi.gt(lo)) {
          const slice = hi.minus(lo).times(prices[k]!);
          exact = exact.plus(part.divisor ? slice.div(part.divisor) : slice);
        }
        if (end.gt(to)) break;
        start = end;
        k++;
      }
    }
    const last = i === pool.entries.length - 1;
    const amt = last ? asMoney(amount.minus(given)) : roundItem(withMargin(ctx, asMoney(exact)));
    given = given.plus(amt);
    out.push({ item: e.item, amount: amt, quantity: to.minus(from) });
    from = to;
  });
  return out;
}

function priceCallsPool(pool: Pool, firstYear: boolean, withShares: boolean): PricedPool {
  const { ctx } = pool.entries[0]!;
  const flatRate = (ctx.offering.callTiers?.length ?? 0) > 1 && ctx.scenario.prices.calls !== undefined;
  const charge = callsCharge(ctx.offering, { calls: asCalls(sum(pool.entries.map(grossOf))), firstYear, flatRate });
  const item = itemAmount(ctx, charge);
  if (item.amount === undefined) return { pool, amount: undefined, quantity: charge.quantity, shares: [], charge };
  return { pool, amount: item.amount, quantity: charge.quantity, shares: withShares ? share(pool, ctx, charge, item.amount) : [], charge };
}

function priceEgressPool(pool: Pool, freeLeft: Dec, withShares: boolean): PricedPool {
  const first = pool.entries[0]!;
  const { ctx } = first;
  const gb = pool.entries.flatMap((e) => (e.charge.usage?.kind === 'egress' ? e.charge.usage.gb : []));
  const free = asGB(Dec.min(freeLeft, sum(gb)));
  const charge = trafficCharge(ctx.offering, {
    billed: gb.map(asGB),
    firstYear: false,
    freeGB: free,
    ...(first.charge.notes && { notes: first.charge.notes }),
  });
  const item = itemAmount(ctx, charge);
  if (item.amount === undefined) return { pool, amount: undefined, quantity: charge.quantity, shares: [], charge };
  return { pool, amount: item.amount, quantity: charge.quantity, shares: withShares ? share(pool, ctx, { ...charge, free }, item.amount) : [], charge };
}

// ---------------------------------------------------------------------------------------------
// Months.

/** The growth factor of month m: (1 + g/100)^(m−1), exact. */
function growthFactor(growthPercent: Dec, month: number): Dec {
  return growthPercent.isZero() ? ONE : ONE.plus(growthPercent.div(100)).pow(month - 1);
}

/**
 * An item as the term prices it: its month-1 context, its own billing items priced once (instance
 * hours and counts do not grow), and its usage charges, which grow and are pooled per account.
 */
export interface ItemPlan {
  ctx: RuleContext;
  /** Month 1's billing items, own and usage. */
  all: Charge[];
  account: Account;
  /** Own items: paid every month, and yearly terms (their monthly equivalent and their yearly payment). */
  own: { everyMonth: Dec; yearlyMonthly: Dec; upfront: Dec; complete: boolean };
  usage: Charge[];
}

/** Usage in month m: calls grown and rounded half-up to whole calls, egress GB grown exactly (RULES.md, growth). */
function grownUsage(c: Charge, factor: Dec): Charge {
  const u = c.usage;
  if (!u || factor.eq(1)) return c;
  return u.kind === 'calls'
    ? { ...c, usage: { kind: 'calls', calls: u.calls.times(factor).toDecimalPlaces(0, Dec.ROUND_HALF_UP) } }
    : { ...c, usage: { kind: 'egress', gb: u.gb.map((g) => g.times(factor)) } };
}

function planItems(e: Estimate36, catalogs: Catalogs, firstYearOf: (a: Account) => boolean): ItemPlan[] {
  return e.items.map((item) => {
    const account = e.accounts.find((a) => a.vendor === vendorOf(item.scenario.offering))!;
    const ctx = ruleContext({ ...item.scenario, firstYear: firstYearOf(account) }, catalogs);
    const all = charges(ctx);
    const own = { everyMonth: ZERO, yearlyMonthly: ZERO, upfront: ZERO, complete: true };
    for (const c of all.filter((x) => !x.usage)) {
      const amount = itemAmount(ctx, c);
      const up = amount.amount && upfrontAmount(ctx, c, amount);
      if (amount.amount === undefined) own.complete = false;
      else if (up) {
        own.yearlyMonthly = own.yearlyMonthly.plus(amount.amount);
        own.upfront = own.upfront.plus(up);
      } else own.everyMonth = own.everyMonth.plus(amount.amount);
    }
    return { ctx, all, account, own, usage: all.filter((x) => x.usage) };
  });
}

/** The account pools of the plan, in the order their first item appears (they do not change by month). */
function poolsOf(plan: ItemPlan[]): Pool[] {
  const pools: Pool[] = [];
  plan.forEach((it, i) => {
    for (const charge of it.usage) {
      const id = poolKey(it.ctx, charge)!;
      let pool = pools.find((p) => p.account === it.account && p.id === id);
      if (!pool) pools.push((pool = { id, account: it.account, kind: charge.usage!.kind, entries: [] }));
      pool.entries.push({ item: i, ctx: it.ctx, charge });
    }
  });
  return pools;
}

/** One month's pooled items: usage grown by `factor`, first-year quotas as the month has them. */
function pricePools(pools: Pool[], factor: Dec, firstYearOf: (a: Account) => boolean, sharesOf: (p: Pool) => boolean): PricedPool[] {
  const freeLeft = new Map<Account, Dec>();
  return pools.map((p) => {
    const month: Pool = factor.eq(1) ? p : { ...p, entries: p.entries.map((en) => ({ ...en, charge: grownUsage(en.charge, factor) })) };
    const shares = sharesOf(p);
    if (month.kind === 'calls') return priceCallsPool(month, firstYearOf(p.account), shares);
    const first = month.entries[0]!;
    const left = freeLeft.get(p.account) ?? freeAmount(first.ctx.offering.freeTrafficGB, firstYearOf(p.account));
    const r = priceEgressPool(month, left, shares);
    freeLeft.set(p.account, Dec.max(left.minus(sum(month.entries.map(grossOf))), ZERO));
    return r;
  });
}

// ---------------------------------------------------------------------------------------------
// The output (SCENARIO.md, "Output of an estimate").

export interface EstimateItemTotals {
  label: string;
  group?: string;
  /** The item's month-1 total: its own items and its shares of the pooled ones. */
  monthly: string;
}

export interface EstimateItemOutput extends EstimateItemTotals {
  /** The item's month-1 lines, as a scenario's estimate, with pooled usage shown as its share. */
  estimate: Estimate;
}

export interface PooledOutput {
  account: string;
  id: string;
  amount: string;
  quantity: string;
  /** Indexes (from 0) of the items it covers. */
  items: number[];
}

export interface EstimateOutput<Item extends EstimateItemTotals = EstimateItemOutput> {
  kind: 'estimate';
  currency: 'CNY';
  name?: string;
  /** Month 1 with yearly items at their monthly equivalent. */
  monthly: string;
  /** Month 1's yearly payments. */
  upfront: string;
  first12: string;
  first36: string;
  complete: boolean;
  items: Item[];
  groups: { group: string; monthly: string; first12: string; first36: string }[];
  pooled: PooledOutput[];
  months: { month: number; cash: string }[];
  warnings: EstimateWarning[];
}

/** Whether an account is in its first year in month m. */
const firstYearIn = (m: number) => (a: Account) => m <= a.firstYearMonths;

/**
 * Items of one account that share a pooled usage item must agree on its unit prices (a quoted price or
 * a discount of one item cannot price another item's usage): an error naming the item that differs.
 */
export function checkPooledPrices(e: Estimate36, catalogs: Catalogs, plan = planItems(e, catalogs, firstYearIn(1))): FieldError[] {
  const errors: FieldError[] = [];
  for (const pool of poolsOf(plan)) {
    const [first, ...rest] = pool.entries;
    if (!first) continue;
    const keys = new Set(first.charge.parts.map((x) => x.key));
    if (pool.kind === 'calls') for (const t of first.ctx.offering.callTiers ?? []) keys.add(t.key);
    for (const other of rest) {
      for (const key of keys) {
        const a = resolvePrice(first.ctx, key)?.net;
        const b = resolvePrice(other.ctx, key)?.net;
        if ((a === undefined) !== (b === undefined) || (a && b && !a.eq(b))) {
          errors.push({
            field: `items[${other.item}].scenario`,
            message: `prices ${key} at ${b?.toString() ?? 'no price'} where items[${first.item}] prices it at ${a?.toString() ?? 'no price'}: both are billed in one pooled item of the ${pool.account.vendor} account (${pool.id}), which has one price; give them the same discount and quoted prices`,
          });
        }
      }
    }
  }
  return errors;
}

export interface PriceOptions {
  /**
   * Each item's month-1 lines, explained (default). Without (`false`), items carry their monthly figure
   * only: the totals, groups, pooled items and months are the same, for a fraction of the work.
   */
  explain?: boolean;
  /**
   * With `explain: false`: the items (by index) whose lines are explained all the same (the page
   * explains the item in focus and prices the rest as totals).
   */
  explainItems?: readonly number[];
  /**
   * A seller's margin in percent, 0–100 (a partner's `markup`, a decimal string): every billing item's
   * exact amount after discounts is raised by it before the item's single rounding; a pooled item is
   * raised and rounded once, its shares taken from its raised slices. Absent or "0": no margin.
   */
  markupPercent?: string;
}

/** The margin of the options as a percent (undefined for none); throws on a value outside 0–100. */
export function markupOf(options: { markupPercent?: string } | undefined): Percent | undefined {
  const raw = options?.markupPercent;
  if (raw === undefined) return undefined;
  const m = dec(raw);
  if (!m.isFinite() || m.lt(0) || m.gt(100)) throw new RangeError(`markupPercent must be a decimal from 0 to 100 (got ${JSON.stringify(raw)})`);
  return m.isZero() ? undefined : asPercent(m);
}

/** The estimate with every item priced with the seller's margin. */
export function estimateWithMarkup(e: Estimate36, markup: Percent | undefined): Estimate36 {
  if (!markup && e.items.every((x) => x.scenario.markupPercent === undefined)) return e;
  return { ...e, items: e.items.map((x) => ({ ...x, scenario: withMarkup(x.scenario, markup) })) };
}

/** Prices a validated estimate over the term. */
export function priceEstimate(e: Estimate36, catalogs: Catalogs, options?: { explain?: true; markupPercent?: string }, plan?: ItemPlan[]): EstimateOutput;
export function priceEstimate(
  e: Estimate36,
  catalogs: Catalogs,
  options: { explain: false; explainItems?: readonly number[]; markupPercent?: string },
  plan?: ItemPlan[],
): EstimateOutput<EstimateItemTotals>;
export function priceEstimate(e: Estimate36, catalogs: Catalogs, options?: PriceOptions, plan?: ItemPlan[]): EstimateOutput<EstimateItemTotals>;
export function priceEstimate(unmarked: Estimate36, catalogs: Catalogs, options: PriceOptions = {}, given?: ItemPlan[]): EstimateOutput<EstimateItemTotals> {
  // A plan given by the caller was made from the estimate with its margin (quoteEstimate).
  const e = given ? unmarked : estimateWithMarkup(unmarked, markupOf(options));
  const plan = given ?? planItems(e, catalogs, firstYearIn(1));
  const explained = options.explain !== false;
  const pools = poolsOf(plan);
  const cache = new Map<string, PricedPool[]>();
  // Month 1 shows every item's share; later months need shares only to split a pool between groups.
  const groupsOfPool = (p: Pool) => new Set(p.entries.map((en) => e.items[en.item]!.group));
  const poolsIn = (m: number): PricedPool[] => {
    const factor = growthFactor(e.growthPercent, m);
    const key = `${factor.toString()}|${e.accounts.map((a) => (m <= a.firstYearMonths ? '1' : '0')).join('')}|${m === 1}`;
    let r = cache.get(key);
    if (!r) cache.set(key, (r = pricePools(pools, factor, firstYearIn(m), m === 1 ? () => true : (p) => groupsOfPool(p).size > 1)));
    return r;
  };

  // Month by month. A month is determined by its growth factor and which accounts are in their first
  // year; months alike are priced once (without growth, the term has at most two kinds of month).
  const groupNames = [...new Set(e.items.map((x) => x.group).filter((g) => g !== undefined))];
  const groupOf = e.items.map((x) => (x.group === undefined ? -1 : groupNames.indexOf(x.group)));
  const everyMonth = sum(plan.map((it) => it.own.everyMonth));
  const yearlyPayments = sum(plan.map((it) => it.own.upfront));
  const groupOwn = groupNames.map((_name, g) => {
    const members = plan.filter((_it, i) => groupOf[i] === g);
    return { everyMonth: sum(members.map((it) => it.own.everyMonth)), upfront: sum(members.map((it) => it.own.upfront)) };
  });
  const usageOf = new Map<PricedPool[], { total: Dec; groups: Dec[] }>();
  const usageIn = (priced: PricedPool[]) => {
    let u = usageOf.get(priced);
    if (!u) {
      const groups = groupNames.map(() => ZERO);
      if (groupNames.length > 0) {
        for (const p of priced) {
          if (p.shares.length > 0) {
            for (const s of p.shares) if (groupOf[s.item]! >= 0) groups[groupOf[s.item]!] = groups[groupOf[s.item]!]!.plus(s.amount);
          } else if (p.amount !== undefined) {
            // A pool within one group: the group pays all of it.
            const g = groupOf[p.pool.entries[0]!.item]!;
            if (g >= 0) groups[g] = groups[g]!.plus(p.amount);
          }
        }
      }
      usageOf.set(priced, (u = { total: sum(priced.map((p) => p.amount ?? ZERO)), groups }));
    }
    return u;
  };

  const months: { month: number; cash: string }[] = [];
  let first12 = ZERO;
  let first36 = ZERO;
  const group12 = groupNames.map(() => ZERO);
  const group36 = groupNames.map(() => ZERO);
  let complete = plan.every((it) => it.own.complete);
  for (let m = 1; m <= TERM_MONTHS; m++) {
    const priced = poolsIn(m);
    if (priced.some((p) => p.amount === undefined)) complete = false;
    // Own items: a yearly term is paid whole in months 1, 13 and 25; the rest every month.
    const yearly = (m - 1) % YEAR === 0;
    const usage = usageIn(priced);
    const cash = everyMonth.plus(yearly ? yearlyPayments : ZERO).plus(usage.total);
    months.push({ month: m, cash: moneyString(asMoney(cash)) });
    if (m <= YEAR) first12 = first12.plus(cash);
    first36 = first36.plus(cash);
    groupNames.forEach((_, g) => {
      const own = groupOwn[g]!;
      const c = own.everyMonth.plus(yearly ? own.upfront : ZERO).plus(usage.groups[g]!);
      if (m <= YEAR) group12[g] = group12[g]!.plus(c);
      group36[g] = group36[g]!.plus(c);
    });
  }

  // Capacity: the first month in which growth takes an item's peak past what it carries.
  const warnings: EstimateWarning[] = [];
  plan.forEach((it, i) => {
    const capacity = capacityOf(it.ctx);
    const peak = it.ctx.scenario.peakQps;
    if (capacity === undefined || peak === undefined || peak.gt(capacity) || e.growthPercent.isZero()) return;
    for (let m = 2; m <= TERM_MONTHS; m++) {
      const grownPeak = peak.times(growthFactor(e.growthPercent, m));
      if (grownPeak.gt(capacity)) {
        warnings.push({ code: 'capacity-growth', params: { item: String(i), month: String(m), peakQps: grownPeak.toString(), capacity: String(capacity) } });
        break;
      }
    }
  });

  // Month 1, explained: each item's lines, pooled usage shown as its share.
  const first = poolsIn(1);
  const calculations = new Map<PricedPool, EstimateLine['calculation'] | undefined>();
  const calculationOf = (p: PricedPool) => {
    if (!calculations.has(p)) {
      const priced = priceCharge(p.pool.entries[0]!.ctx, p.charge);
      calculations.set(p, priced.kind === 'priced' ? priced.line.calculation : undefined);
    }
    return calculations.get(p);
  };
  let monthly = ZERO;
  let upfront = ZERO;
  const items: (EstimateItemTotals | EstimateItemOutput)[] = e.items.map((item, i) => {
    if (!explained && !options.explainItems?.includes(i)) {
      // Totals only (what the page recomputes on every keystroke): own items and pooled shares.
      const it = plan[i]!;
      const shares = first.flatMap((p) => p.shares.filter((x) => x.item === i).map((x) => x.amount));
      const total = asMoney(sum([it.own.everyMonth, it.own.yearlyMonthly, ...shares]));
      monthly = monthly.plus(total);
      upfront = upfront.plus(it.own.upfront);
      return { label: item.label, ...(item.group !== undefined && { group: item.group }), monthly: moneyString(total) };
    }
    const alone = explain(plan[i]!.ctx, plan[i]!.all);
    const lines = alone.lines.map((l) => {
      const p = first.find((x) => x.amount !== undefined && poolLineId(x) === l.id && x.pool.entries.some((en) => en.item === i));
      if (!p) return l;
      const s = p.shares.find((x) => x.item === i)!;
      const calculation = calculationOf(p);
      return { ...l, amount: moneyString(s.amount), quantity: s.quantity.toString(), ...(calculation && { calculation }), pool: p.pool.id };
    });
    const total = sumLines(lines);
    monthly = monthly.plus(total);
    upfront = upfront.plus(alone.upfront);
    return {
      label: item.label,
      ...(item.group !== undefined && { group: item.group }),
      monthly: moneyString(total),
      estimate: { ...alone, lines, total: moneyString(total) },
    };
  });

  const groups: EstimateOutput['groups'] = groupNames.map((group, g) => ({
    group,
    monthly: moneyString(sumLinesOf(items.filter((_, i) => groupOf[i] === g).map((x) => x.monthly))),
    first12: moneyString(asMoney(group12[g]!)),
    first36: moneyString(asMoney(group36[g]!)),
  }));

  const pooled: PooledOutput[] = first.map((p) => ({
    account: p.pool.account.vendor,
    id: p.pool.id,
    amount: p.amount === undefined ? '0.00' : moneyString(p.amount),
    quantity: p.quantity.toString(),
    items: p.pool.entries.map((en) => en.item),
  }));

  return {
    kind: 'estimate',
    currency: 'CNY',
    ...(e.name !== undefined && { name: e.name }),
    monthly: moneyString(asMoney(monthly)),
    upfront: moneyString(asMoney(upfront)),
    first12: moneyString(asMoney(first12)),
    first36: moneyString(asMoney(first36)),
    complete: complete && items.every((x) => !('estimate' in x) || x.estimate.complete),
    items,
    groups,
    pooled,
    months,
    warnings,
  };
}

function poolLineId(p: PricedPool): 'calls' | 'traffic' {
  return p.pool.kind === 'calls' ? 'calls' : 'traffic';
}

function sumLinesOf(amounts: string[]): Money {
  return asMoney(amounts.reduce<Dec>((a, x) => a.plus(x), ZERO));
}

function sumLines(lines: EstimateLine[]): Money {
  return asMoney(lines.reduce<Dec>((a, l) => a.plus(l.amount), ZERO));
}

export type EstimateQuote<O = EstimateOutput> =
  { ok: true; estimate: Estimate36; doc: EstimateDoc; output: O } | { ok: false; errors: FieldError[]; message: string };

/** Validates a parsed estimate document and prices it over the term: the CLI's and the page's entry point for estimates. */
export function quoteEstimate(input: unknown, catalogs: Catalogs, options?: { explain?: true; markupPercent?: string }): EstimateQuote;
export function quoteEstimate(
  input: unknown,
  catalogs: Catalogs,
  options: { explain: false; explainItems?: readonly number[]; markupPercent?: string },
): EstimateQuote<EstimateOutput<EstimateItemTotals>>;
export function quoteEstimate(input: unknown, catalogs: Catalogs, options: PriceOptions = {}): EstimateQuote<EstimateOutput<EstimateItemTotals>> {
  const p = prepare(input, catalogs, options);
  if (!p.ok) return p;
  return { ok: true, estimate: p.estimate, doc: p.doc, output: priceEstimate(p.estimate, catalogs, options, p.plan) };
}

/** Validation, the margin, and each item's plan: what pricing an estimate starts from. */
function prepare(
  input: unknown,
  catalogs: Catalogs,
  options: PriceOptions,
): { ok: true; estimate: Estimate36; doc: EstimateDoc; plan: ItemPlan[] } | { ok: false; errors: FieldError[]; message: string } {
  const v = validateEstimateDoc(input, catalogs);
  if (!v.ok) return { ok: false, errors: v.errors, message: formatInputError(v.errors) };
  // The validated estimate carries the margin, so what is priced from it later (the decision tools) has it too.
  const estimate = estimateWithMarkup(v.estimate, markupOf(options));
  const plan = planItems(estimate, catalogs, firstYearIn(1));
  const errors = checkPooledPrices(estimate, catalogs, plan);
  if (errors.length > 0) return { ok: false, errors, message: formatInputError(errors) };
  return { ok: true, estimate, doc: v.doc, plan };
}

/**
 * The estimate's month 1 at the cost of a keystroke: as `quoteEstimate` (the same validation, the same
 * month-1 figures: items, lines, pooled usage, monthly and upfront), but the term is priced without
 * growth, which month 1 does not depend on (its growth factor is 1), so months alike are priced once.
 * With growth, `first12`, `first36`, `months`, the groups' terms and the growth warnings are then not
 * the estimate's: `termPriced` is false, and they are to be taken from `quoteEstimate`.
 */
export function quoteMonthOne(
  input: unknown,
  catalogs: Catalogs,
  options: PriceOptions,
): EstimateQuote<EstimateOutput<EstimateItemTotals>> & { termPriced?: boolean } {
  const p = prepare(input, catalogs, options);
  if (!p.ok) return p;
  const growing = !p.estimate.growthPercent.isZero();
  const priced = growing ? { ...p.estimate, growthPercent: asPercent(ZERO) } : p.estimate;
  return { ok: true, estimate: p.estimate, doc: p.doc, output: priceEstimate(priced, catalogs, options, p.plan), termPriced: !growing };
}
