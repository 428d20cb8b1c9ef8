/**
 * The partner presenting the calculator (docs/embedding.md, "Partner options"): its name (in embed
 * mode, where the site header is not shown), its margin, and each partner option of the address that
 * was ignored and why. Text only: a name is never rendered as HTML.
 */
import { formatDecimal, useLocale, useT } from '../../lib/i18n/locale.ts';
import { usePartner } from '../../lib/partner.ts';

export function PartnerBar({ showName }: { showName: boolean }) {
  const t = useT();
  const locale = useLocale();
  const partner = usePartner();
  const name = showName ? partner.name : undefined;
  const margin = partner.markupPercent !== '0';
  if (!name && !margin && partner.problems.length === 0) return null;
  return (
    <div className="partner-bar" data-testid="partner-bar">
      {(name || margin) && (
        <p className="partner-bar__who">
          {name && (
            <strong className="partner-bar__name" data-testid="partner-name">
              {t.partner.by(name)}
            </strong>
          )}
          {name && margin && ' · '}
          {margin && <span data-testid="partner-margin">{t.partner.margin(formatDecimal(partner.markupPercent, locale, 4))}</span>}
        </p>
      )}
      {partner.problems.length > 0 && (
        <div className="notice notice--warn" role="status" data-testid="partner-problem">
          <p>{t.partner.problem}</p>
          <ul>
            {partner.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
