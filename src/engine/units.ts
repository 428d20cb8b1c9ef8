/** Unit conversions and fixed quantities, each defined once with its reason. */

/** Binary gigabyte: 1 GB = 1024 MB = 1024 × 1024 KB (RULES.md; Tencent's own worked example uses it). */
export const KB_PER_GB = '1048576';

/** Call prices are quoted per 10,000 calls (元/万次) at every vendor here. */
export const CALLS_PER_PRICE_UNIT = '10000';

/** Months in a yearly term: a yearly subscription's monthly cost is its yearly price ÷ 12. */
export const MONTHS_PER_YEAR = '12';

/** Default pay-as-you-go hours in a month: 8,760 hours a year ÷ 12 (SCENARIO.md). */
export const DEFAULT_HOURS = '730';

/** Most hours a billing month can hold: 31 days × 24 h. */
export const MAX_HOURS = '744';
