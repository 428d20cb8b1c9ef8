/**
 * A partner's options: its margin (`markup`, percent, raising every billing item after discounts) and
 * its name (shown in the header and as the seller on the quote). Read from the page's URL once.
 * The partner's own deployment can fix them at build time (see docs/embedding.md).
 */
export interface PartnerOptions {
  /** The partner's margin in percent, as a decimal string from 0 to 100; '0' when there is none. */
  markupPercent: string;
  /** The partner's name, when a partner presents the calculator. */
  name?: string;
}

const NO_PARTNER: PartnerOptions = { markupPercent: '0' };

/** The options of a page's query string; an invalid value is left out (see `partnerProblems`). */
export function partnerOptions(search: string): PartnerOptions {
  const params = new URLSearchParams(search);
  const markup = params.get('markup')?.trim();
  const name = params.get('partner')?.trim().slice(0, 100);
  return {
    markupPercent: markup !== undefined && /^(100(\.0+)?|\d{1,2}(\.\d{1,4})?)$/.test(markup) ? markup : NO_PARTNER.markupPercent,
    ...(name ? { name } : {}),
  };
}

let current: PartnerOptions | undefined;

/** The page's partner options (read from its URL the first time). */
export function usePartner(): PartnerOptions {
  current ??= typeof window === 'undefined' ? NO_PARTNER : partnerOptions(window.location.search);
  return current;
}
