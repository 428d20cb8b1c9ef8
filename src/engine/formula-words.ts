/**
 * The words of a formula, apart from the code that writes formulas: the page's English messages take
 * them without loading the engine (and decimal.js) before the first paint.
 */
/**
 * The few words a formula holds besides numbers and symbols, in one language, and the punctuation
 * around them (the arithmetic's own symbols and brackets are the same in every language).
 */
export interface FormulaWords {
  hour: string;
  month: (n: string) => string;
  instances: (n: string) => string;
  free: string;
  /** Said after an amount the vendor's minimum fee raised. */
  minimumFee: string;
  /** A remark after the amount: " (minimum fee)" in English, full-width brackets in Chinese. */
  remark: (words: string) => string;
  /** Between the free allowance's subtraction and the terms: "; " in English, a full-width semicolon in Chinese. */
  clauseGap: string;
  /** Names a seller's margin of `p` percent (a partner's markup) in a formula. */
  margin: (p: string) => string;
}

/** English, as the command line's `formula` has always been written. */
export const ENGLISH_FORMULA_WORDS: FormulaWords = {
  hour: 'h',
  month: (n) => `${n} month${n === '1' ? '' : 's'}`,
  instances: (n) => `${n} instances`,
  free: 'free',
  minimumFee: 'minimum fee',
  remark: (words) => ` (${words})`,
  clauseGap: '; ',
  margin: (p) => `partner margin ${p}%`,
};
