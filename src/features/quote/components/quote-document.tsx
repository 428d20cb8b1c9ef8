/**
 * The quote a customer receives: printed (or saved as PDF) on A4, in the page's language. Drawn only
 * while printing or previewed, from the estimate on screen priced with every item's lines.
 */
import { useEffect, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Catalogs } from '../../../engine/catalog.ts';
import type { EstimateDoc } from '../../../engine/estimates/document.ts';
import { publicHref } from '../../../lib/public-url.ts';
import { formatMoney, intlTag, useLocale, useT, type Locale } from '../../../lib/i18n/locale.ts';
import { productText } from '../../../lib/item-text.ts';
import { usePartner } from '../../../lib/partner.ts';
import { assumptions, basisSentence, catalogDates, itemName, priceSources, priceWhole, type WholeEstimate } from '../../../lib/quote/estimate-basis.ts';
import { addDays, localDate, quoteNumber } from '../../../lib/quote/quote-number.ts';
import { estimateUrl } from '../../../lib/url-state.ts';
import { flushUrl } from '../../../lib/url-writer.ts';
import { useCalculator } from '../../../stores/calculator.ts';
import { usePreparedBy } from '../prepared-by.ts';
import { useQuoteState } from '../quote-state.ts';
import { QrCode } from './qr-code.tsx';

/** Days a quote is valid. */
export const VALID_DAYS = 30;

/**
 * Draws the quote while the page prints (the browser's print, or the print medium emulated) and while
 * it is previewed. Printing renders it at once (flushSync), before the browser lays the page out.
 */
export function QuoteHost({ catalogs }: { catalogs: Catalogs }) {
  const preview = useQuoteState((s) => s.preview);
  const printing = useQuoteState((s) => s.printing);
  useEffect(() => {
    const start = () => {
      flushUrl(); // the link printed is the estimate on screen, even straight after typing
      flushSync(() => useQuoteState.getState().setPrinting(true));
    };
    const end = () => useQuoteState.getState().setPrinting(false);
    const media = window.matchMedia('print');
    const change = (e: MediaQueryListEvent) => (e.matches ? start() : end());
    window.addEventListener('beforeprint', start);
    window.addEventListener('afterprint', end);
    media.addEventListener('change', change);
    if (media.matches) start();
    return () => {
      window.removeEventListener('beforeprint', start);
      window.removeEventListener('afterprint', end);
      media.removeEventListener('change', change);
    };
  }, []);
  return preview || printing ? <QuoteDocument catalogs={catalogs} /> : null;
}

/** A YYYY-MM-DD date as the locale writes it in full ("November 30, 2026", "2026年11月30日"). */
function longDate(date: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlTag(locale), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

/** The address people can read: the calculator's host and path, without the link's long parameters. */
function shortAddress(href: string): string {
  const url = new URL(href);
  return `${url.host}${url.pathname.replace(/index\.html$/, '')}`.replace(/\/$/, '');
}

function QuoteDocument({ catalogs }: { catalogs: Catalogs }) {
  const t = useT();
  const doc = useCalculator((s) => s.estimate);
  const { markupPercent } = usePartner();
  const result = useMemo(() => priceWhole(doc, catalogs, markupPercent), [doc, catalogs, markupPercent]);
  if (!result.ok) {
    return (
      <section className="quote" data-testid="quote">
        <p className="notice notice--error">{t.quote.invalid}</p>
      </section>
    );
  }
  return <Quote whole={result.whole} catalogs={catalogs} />;
}

function Quote({ whole, catalogs }: { whole: WholeEstimate; catalogs: Catalogs }) {
  const t = useT();
  const locale = useLocale();
  const q = t.quote;
  const partner = usePartner();
  const preparedBy = usePreparedBy((s) => s.value.trim());
  const { doc, output: o } = whole;
  // The day the quote is drawn (printing or previewing): its date, and part of its number.
  const [date] = useState(() => localDate(new Date()));
  const number = quoteNumber(doc, date, partner.markupPercent);
  const money = (a: string) => formatMoney(a, locale);
  const bound = (a: string) => (o.complete ? money(a) : `${q.atLeast} ${money(a)}`);

  // The link: the compressed one when made for this estimate (printing from the button makes it
  // first), else the address bar's (the same estimate) until this one's is made.
  const stored = useQuoteState((s) => s.link);
  const [made, setMade] = useState<{ doc: EstimateDoc; href: string }>();
  // The public calculator's address, never the embedded page's (lib/public-url.ts).
  const href = made?.doc === doc ? made.href : stored?.doc === doc ? stored.href : publicHref(window.location.href);
  useEffect(() => {
    let live = true;
    estimateUrl(publicHref(window.location.href), doc, locale).then(
      (link) => {
        if (live) setMade({ doc, href: link });
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [doc, locale]);

  const sources = priceSources(whole, catalogs, locale);
  const groups = [...new Set(o.items.map((i) => i.group))];
  const grouped = groups.some((g) => g !== undefined);
  const hasUpfront = o.items.some((i) => i.estimate.upfront !== '0.00');
  const columns = hasUpfront ? 5 : 4;
  const pooled = o.pooled.some((p) => p.items.length > 1);

  return (
    <article className="quote" data-testid="quote" lang={locale === 'zh' ? 'zh-CN' : 'en'}>
      <header className="quote__head">
        <div>
          <h1 className="quote__title">{q.heading}</h1>
          {doc.name && <p className="quote__name">{doc.name}</p>}
        </div>
        <dl className="quote__facts">
          <dt>{q.number}</dt>
          <dd data-testid="quote-number">{number}</dd>
          <dt>{q.date}</dt>
          <dd>{longDate(date, locale)}</dd>
          <dt>{q.validUntil}</dt>
          <dd data-testid="quote-valid-until">{longDate(addDays(date, VALID_DAYS), locale)}</dd>
        </dl>
      </header>
      <dl className="quote__parties">
        {doc.customer && (
          <>
            <dt>{q.customer}</dt>
            <dd data-testid="quote-printed-customer">{doc.customer}</dd>
          </>
        )}
        {doc.project && (
          <>
            <dt>{q.project}</dt>
            <dd>{doc.project}</dd>
          </>
        )}
        {partner.name && (
          <>
            <dt>{q.seller}</dt>
            <dd data-testid="quote-seller">{partner.name}</dd>
          </>
        )}
        {preparedBy && !partner.name && (
          <>
            <dt>{q.preparedBy}</dt>
            <dd data-testid="quote-seller">{preparedBy}</dd>
          </>
        )}
      </dl>

      <h2 className="quote__h2">{q.itemsHeading}</h2>
      <table className="quote__items" data-testid="quote-items">
        <thead>
          <tr>
            <th scope="col">{q.columns.no}</th>
            <th scope="col">{q.columns.item}</th>
            <th scope="col">{q.columns.configuration}</th>
            <th scope="col" className="num">
              {q.columns.month}
            </th>
            {hasUpfront && (
              <th scope="col" className="num">
                {q.columns.upfront}
              </th>
            )}
          </tr>
        </thead>
        {groups.map((group) => {
          const subtotal = o.groups.find((g) => g.group === group);
          return (
            <tbody key={group ?? ''}>
              {grouped && (
                <tr className="quote__group">
                  <th colSpan={columns} scope="rowgroup">
                    {group === undefined ? q.ungrouped : q.group(group)}
                  </th>
                </tr>
              )}
              {o.items.map((item, i) =>
                item.group !== group ? null : (
                  <tr key={i} className="quote__item">
                    <td>{i + 1}</td>
                    <td>
                      {itemName(t, whole, i)}
                      <span className="quote__lines">
                        {item.estimate.lines.map((l) => `${t.lineNames[l.id]} ${money(l.amount)}`).join(t.builder.listSeparator)}
                        {item.estimate.missing.map((m) => `${t.builder.listSeparator}${t.lineNames[m.id]}: ${t.missingPrice}`).join('')}
                      </span>
                    </td>
                    <td>{productText(catalogs, t, locale, doc.items[i]!.scenario)}</td>
                    <td className="num">{money(item.monthly)}</td>
                    {hasUpfront && <td className="num">{item.estimate.upfront === '0.00' ? '—' : money(item.estimate.upfront)}</td>}
                  </tr>
                ),
              )}
              {subtotal && (
                <tr className="quote__subtotal">
                  <th colSpan={3} scope="row">
                    {q.subtotal(group!)}
                    <span className="quote__term">{q.subtotalTerm(money(subtotal.first12), money(subtotal.first36))}</span>
                  </th>
                  <td className="num">{money(subtotal.monthly)}</td>
                  {hasUpfront && <td />}
                </tr>
              )}
            </tbody>
          );
        })}
      </table>
      {pooled && <p className="quote__note">{q.pooledNote}</p>}

      <section className="quote__totals" aria-label={q.totalsHeading} data-testid="quote-totals">
        <h2 className="quote__h2">{q.totalsHeading}</h2>
        <dl>
          <div>
            <dt>
              {q.month}
              <span className="quote__term">{q.monthNote}</span>
            </dt>
            <dd data-value={o.monthly}>{bound(o.monthly)}</dd>
          </div>
          <div>
            <dt>
              {q.upfront}
              <span className="quote__term">{q.upfrontNote}</span>
            </dt>
            <dd data-value={o.upfront}>{money(o.upfront)}</dd>
          </div>
          <div>
            <dt>{q.first12}</dt>
            <dd data-value={o.first12}>{bound(o.first12)}</dd>
          </div>
          <div>
            <dt>{q.first36}</dt>
            <dd data-value={o.first36}>{bound(o.first36)}</dd>
          </div>
        </dl>
        {!o.complete && <p className="quote__note">{q.incomplete}</p>}
        <p className="quote__note">{q.currencyNote}</p>
      </section>

      <section className="quote__section">
        <h2 className="quote__h2">{q.assumptionsHeading}</h2>
        <ul>
          {assumptions(t, locale, whole, catalogs).map((a) => (
            <li key={a}>{a}</li>
          ))}
        </ul>
      </section>

      <section className="quote__section">
        <h2 className="quote__h2">{q.sourcesHeading}</h2>
        <ul className="quote__sources">
          {sources.map((s) => (
            <li key={s.vendor}>
              {q.catalog(s.name, s.version, s.asOf)}
              <ul>
                {s.sources.map((x) => (
                  <li key={x.title}>
                    {x.title}
                    {x.url && <span className="quote__url"> {x.url}</span>}
                    {x.read && <span> ({t.read(x.read)})</span>}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </section>

      <section className="quote__link">
        <QrCode text={href} label={q.qrLabel} />
        <div>
          <h2 className="quote__h2">{q.linkHeading}</h2>
          <p>{q.scan(shortAddress(href))}</p>
          <p className="quote__number-again">
            {q.number}
            {locale === 'zh' ? '：' : ': '}
            {number}
          </p>
        </div>
      </section>

      <footer className="quote__footer" data-testid="quote-footer">
        <p>{basisSentence(t, locale, whole, catalogs, partner)}</p>
        <p>{q.published(catalogDates(sources))}</p>
        <p>{q.validity(VALID_DAYS, longDate(addDays(date, VALID_DAYS), locale))}</p>
      </footer>
    </article>
  );
}
