/**
 * List → discount → net for the month: what the estimate costs at the vendors' list prices, what the
 * negotiated discounts take off, and the net. Priced twice more over the term (with and without
 * discounts), so it follows once typing pauses (a transition), never delaying the totals; until then
 * it is dimmed.
 */
import { memo, useMemo, useState } from 'react';
import type { Catalogs } from '../../../engine/catalog.ts';
import type { EstimateDoc } from '../../../engine/estimates/document.ts';
import type { VendorId } from '../../../engine/ids.ts';
import { formatDecimal, formatMoney, useLocale, useT } from '../../../lib/i18n/locale.ts';
import { useSettled } from '../../../lib/use-settled.ts';
import { usePartner } from '../../../lib/partner.ts';
import { useCalculator } from '../../../stores/calculator.ts';
import { listToNet, type ListToNet as Figures } from '../list-price.ts';

/** Puts the cursor in the account's discount field (the estimate's settings). */
function focusDiscount(vendor: VendorId | undefined) {
  const input =
    (vendor && document.querySelector<HTMLInputElement>(`input[name="accounts.${vendor}.discountPercent"]`)) ??
    document.querySelector<HTMLInputElement>('input[name$=".discountPercent"]');
  input?.scrollIntoView({ block: 'center' });
  input?.focus();
}

/** How long typing must pause before the figures follow. */
const SETTLE_MS = 200;

export const ListToNet = memo(function ListToNet({ catalogs, vendor }: { catalogs: Catalogs; vendor: VendorId | undefined }) {
  // While the document changes, the content keeps the settled one, so memo skips it.
  const current = useCalculator((s) => s.estimate);
  const doc = useSettled(current, SETTLE_MS);
  return <ListToNetContent doc={doc} catalogs={catalogs} vendor={vendor} pending={doc !== current} />;
});

const ListToNetContent = memo(function ListToNetContent({
  doc,
  catalogs,
  vendor,
  pending,
}: {
  doc: EstimateDoc;
  catalogs: Catalogs;
  vendor: VendorId | undefined;
  pending: boolean;
}) {
  const t = useT();
  const locale = useLocale();
  const { markupPercent } = usePartner();
  const current = useMemo(() => listToNet(doc, catalogs, markupPercent), [doc, catalogs, markupPercent]);
  // The last valid figures stay while a field is being corrected.
  const [last, setLast] = useState<Figures | undefined>(current);
  if (current && last !== current) setLast(current);
  const f = current ?? last;
  if (!f) return null;
  const money = (amount: string) => formatMoney(amount, locale);
  const discounted = f.discount !== '0.00';
  const percent = f.percents.length === 1 ? `${formatDecimal(f.percents[0]!, locale, 4)}%` : undefined;
  return (
    <section
      className={`insight ledger${pending ? ' insight--pending' : ''}`}
      aria-labelledby="ledger-heading"
      aria-busy={pending || undefined}
      data-testid="list-to-net"
    >
      <h3 id="ledger-heading" className="insight__title">
        {t.builder.listToNetHeading}
      </h3>
      <p className="ledger__row">
        <span className="ledger__cell">
          <span className="ledger__label">{t.builder.listPrice}</span>
          <span className="ledger__value" data-testid="list-total" data-value={f.list}>
            {money(f.list)}
          </span>
        </span>
        <span className="ledger__op" aria-hidden="true">
          −
        </span>
        <span className="ledger__cell">
          <span className="ledger__label">{percent ? t.builder.discountOf(percent) : t.builder.discountLabel}</span>
          <span
            className={`ledger__value ${discounted ? 'ledger__value--discount' : 'ledger__value--none'}`}
            data-testid="discount-total"
            data-value={f.discount}
          >
            {discounted ? money(f.discount) : t.builder.noDiscount}
          </span>
        </span>
        <span className="ledger__op" aria-hidden="true">
          =
        </span>
        <span className="ledger__cell ledger__cell--net">
          <span className="ledger__label">{t.builder.netPrice}</span>
          <span className="ledger__value" data-testid="net-total" data-value={f.net}>
            {money(f.net)}
          </span>
        </span>
      </p>
      <p className="insight__note">
        {discounted
          ? `${t.builder.discountSaves12(money(f.discount12))}${markupPercent !== '0' ? t.aside(t.partner.margin(formatDecimal(markupPercent, locale, 4))) : ''}`
          : markupPercent !== '0'
            ? t.partner.listPlusMargin(formatDecimal(markupPercent, locale, 4))
            : t.builder.atListPrices}{' '}
        <button type="button" className="link" onClick={() => focusDiscount(vendor)}>
          {discounted ? t.builder.changeDiscount : t.builder.addDiscount}
        </button>
      </p>
    </section>
  );
});
