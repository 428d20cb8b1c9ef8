/**
 * The estimate's items: each with its month's figure (its own billing items and its shares of the
 * account's pooled usage), selectable for the form to edit, and with its actions: rename and group
 * (the item in focus), move up and down, duplicate, remove. Then the groups' subtotals, and the
 * estimate's errors, each naming its item. Every action is a button, so the keyboard does it all;
 * after a move, the keyboard focus follows the item.
 */
import { memo, useCallback, useId, useMemo, useRef, useState } from 'react';
import type { Catalogs } from '../../../engine/catalog.ts';
import type { EstimateItemDoc } from '../../../engine/estimates/document.ts';
import { MAX_ITEMS } from '../../../engine/estimates/document.ts';
import type { FieldError } from '../../../engine/issues.ts';
import { dec, moneyString, asMoney } from '../../../engine/money.ts';
import type { Messages } from '../../../lib/i18n/en.ts';
import { formatDecimal, formatMoney, useLocale, useT, type Locale } from '../../../lib/i18n/locale.ts';
import { useCalculator, useCalculatorApi } from '../../../stores/calculator.ts';
import { estimateProblems } from '../estimate-errors.ts';
import type { EstimateFigures } from '../figures.ts';
import { productText } from '../../../lib/item-text.ts';
import { Icon } from './icons.tsx';
import { Field } from '../../../components/ui/field.tsx';

type Action = 'select' | 'up' | 'down' | 'duplicate' | 'remove';

interface ItemListProps {
  catalogs: Catalogs;
  figures: EstimateFigures | undefined;
  stale: boolean;
  errors: readonly FieldError[];
}

export const ItemList = memo(function ItemList({ catalogs, figures, stale, errors }: ItemListProps) {
  const t = useT();
  const locale = useLocale();
  const items = useCalculator((s) => s.estimate.items);
  const focus = useCalculator((s) => s.focus);
  const api = useCalculatorApi();
  const list = useRef<HTMLOListElement>(null);
  const [said, setSaid] = useState('');
  const groupsId = useId();

  const nameOf = (item: EstimateItemDoc | undefined, i: number) => (item && item.label.trim() !== '' ? item.label : t.itemLabel(i + 1));
  // The rows' actions stay the same functions across renders, so a keystroke elsewhere (a new
  // document, the same labels and figures) re-renders no row.
  const actions = useMemo<RowActions>(() => {
    const name = (i: number) => {
      const item = api.getState().estimate.items[i];
      return item && item.label.trim() !== '' ? item.label : t.itemLabel(i + 1);
    };
    /** Moves the keyboard focus to an item's button once the list has re-rendered. */
    const focusButton = (index: number, ...buttons: Action[]) =>
      requestAnimationFrame(() => {
        const row = list.current?.querySelector(`[data-index="${index}"]`);
        for (const action of [...buttons, 'select']) {
          const button = row?.querySelector<HTMLButtonElement>(`[data-action="${action}"]:not(:disabled)`);
          if (button) return button.focus();
        }
      });
    return {
      select: (i) => api.getState().focusItem(i),
      rename: (i, label) => api.getState().renameItem(i, label),
      setGroup: (i, group) => api.getState().setGroup(i, group),
      move: (from, to) => {
        const { estimate, moveItem } = api.getState();
        const moved = name(from);
        moveItem(from, to);
        setSaid(t.builder.itemMoved(moved, to + 1, estimate.items.length));
        // The same button on the item's new row; at an end, where it is disabled, the other direction.
        focusButton(to, ...((to < from ? ['up', 'down'] : ['down', 'up']) as Action[]));
      },
      duplicate: (i) => {
        const { duplicateItem } = api.getState();
        const copy = t.builder.copyOf(name(i));
        duplicateItem(i, copy);
        setSaid(t.builder.itemAdded(copy));
        focusButton(i + 1, 'select');
      },
      remove: (i) => {
        const { estimate, removeItem } = api.getState();
        const removed = name(i);
        removeItem(i);
        setSaid(t.builder.itemRemoved(removed));
        focusButton(Math.min(i, estimate.items.length - 2), 'select');
      },
    };
  }, [api, t]);
  const add = useCallback(() => {
    const { estimate, addItem } = api.getState();
    const label = t.itemLabel(estimate.items.length + 1);
    addItem(label);
    setSaid(t.builder.itemAdded(label));
  }, [api, t]);

  // Figures belong to the items they were priced for: while stale after adding or removing an item, none.
  const output = figures && figures.output.items.length === items.length ? figures.output : undefined;
  const problems = estimateProblems(
    errors,
    t,
    locale,
    items.map((i) => i.label),
    catalogs,
  );
  const groupNames = [...new Set(items.map((i) => i.group).filter((g) => g !== undefined))];
  const warnings = (figures?.output.warnings ?? []).filter((w) => w.code === 'capacity-growth');

  return (
    <section className="panel items" aria-labelledby="items-heading" data-testid="estimate-items">
      <div className="items__head">
        <h2 id="items-heading">{t.builder.itemsHeading}</h2>
        <button type="button" className="items__add" data-testid="add-item" onClick={add} disabled={items.length >= MAX_ITEMS}>
          {t.builder.addItem}
        </button>
      </div>
      {problems.length > 0 && (
        <ul className="notice notice--error items__problems" data-testid="estimate-errors">
          {problems.map((p) => (
            <li key={p.field} data-field={p.field}>
              {p.text}
              {p.item !== undefined && p.item !== focus && (
                <>
                  {' '}
                  <button type="button" className="link" onClick={() => api.getState().focusItem(p.item!)}>
                    {t.builder.editItem(nameOf(items[p.item], p.item))}
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <ol className="items__list" ref={list}>
        {items.map((item, i) => (
          <ItemRow
            key={i}
            label={item.label}
            group={item.group}
            index={i}
            count={items.length}
            on={i === focus}
            name={nameOf(item, i)}
            summary={productText(catalogs, t, locale, item.scenario)}
            monthly={output?.items[i]?.monthly}
            stale={stale}
            groupsId={groupsId}
            t={t}
            locale={locale}
            actions={actions}
          />
        ))}
      </ol>
      <datalist id={groupsId}>
        {groupNames.map((g) => (
          <option key={g} value={g} />
        ))}
      </datalist>
      {warnings.length > 0 && (
        <ul className="warnings">
          {warnings.map((w) => {
            const i = Number(w.params.item);
            return (
              <li key={`${w.params.item}-${w.params.month}`} data-warning={w.code}>
                {nameOf(items[i], i)}
                {t.colon}
                {t.warnings['capacity-growth']({
                  ...w.params,
                  peakQps: formatDecimal(w.params.peakQps ?? '0', locale, 0),
                  capacity: formatDecimal(w.params.capacity ?? '0', locale, 0),
                })}
              </li>
            );
          })}
        </ul>
      )}
      {output && output.groups.length > 0 && <Subtotals figures={{ ...figures!, output }} t={t} locale={locale} />}
      <p className="visually-hidden" role="status">
        {said}
      </p>
    </section>
  );
});

/** What a row's buttons and fields do, by the row's index. */
interface RowActions {
  select: (index: number) => void;
  rename: (index: number, label: string) => void;
  setGroup: (index: number, group: string) => void;
  move: (from: number, to: number) => void;
  duplicate: (index: number) => void;
  remove: (index: number) => void;
}

interface ItemRowProps {
  label: string;
  group: string | undefined;
  index: number;
  count: number;
  on: boolean;
  name: string;
  summary: string;
  monthly: string | undefined;
  stale: boolean;
  groupsId: string;
  t: Messages;
  locale: Locale;
  actions: RowActions;
}

const ItemRow = memo(function ItemRow({ label, group, index: i, count, on, name, summary, monthly, stale, groupsId, t, locale, actions }: ItemRowProps) {
  return (
    <li className={`item${on ? ' item--on' : ''}`} data-testid="estimate-item" data-index={i} data-label={label} data-group={group} data-value={monthly}>
      <button type="button" className="item__select" data-action="select" aria-current={on ? 'true' : undefined} onClick={() => actions.select(i)}>
        <span className="item__name">
          <span className="item__label">{name}</span>
          {group && <span className="tag">{group}</span>}
          {on && count > 1 && <span className="item__editing">{t.builder.editing}</span>}
        </span>
        <span className="item__summary">{summary}</span>
      </button>
      <span className={`item__figure${stale ? ' item__figure--stale' : ''}`}>{monthly ? t.monthFigure(formatMoney(monthly, locale)) : '—'}</span>
      <span className="item__actions" role="group" aria-label={t.builder.itemActions(name)}>
        <button
          type="button"
          data-action="up"
          aria-label={t.builder.moveUp(name)}
          title={t.builder.moveUp(name)}
          disabled={i === 0}
          onClick={() => actions.move(i, i - 1)}
        >
          <Icon name="up" />
        </button>
        <button
          type="button"
          data-action="down"
          aria-label={t.builder.moveDown(name)}
          title={t.builder.moveDown(name)}
          disabled={i === count - 1}
          onClick={() => actions.move(i, i + 1)}
        >
          <Icon name="down" />
        </button>
        <button
          type="button"
          data-action="duplicate"
          aria-label={t.builder.duplicateItem(name)}
          title={t.builder.duplicateItem(name)}
          disabled={count >= MAX_ITEMS}
          onClick={() => actions.duplicate(i)}
        >
          <Icon name="duplicate" />
        </button>
        <button
          type="button"
          data-action="remove"
          aria-label={t.builder.removeItem(name)}
          title={t.builder.removeItem(name)}
          disabled={count === 1}
          onClick={() => actions.remove(i)}
        >
          <Icon name="remove" />
        </button>
      </span>
      {on && <ItemEdit index={i} label={label} group={group} groupsId={groupsId} t={t} actions={actions} />}
    </li>
  );
});

/** The item in focus's name and group (memoized apart: a new figure on the row leaves its fields be). */
const ItemEdit = memo(function ItemEdit({
  index: i,
  label,
  group,
  groupsId,
  t,
  actions,
}: {
  index: number;
  label: string;
  group: string | undefined;
  groupsId: string;
  t: Messages;
  actions: RowActions;
}) {
  return (
    <div className="item__edit">
      <Field label={t.builder.itemName}>
        {(a11y) => (
          <input
            {...a11y}
            name="itemLabel"
            type="text"
            autoComplete="off"
            value={label}
            aria-invalid={label.trim() === '' ? true : undefined}
            onChange={(e) => actions.rename(i, e.target.value)}
          />
        )}
      </Field>
      <Field label={t.builder.itemGroup}>
        {(a11y) => (
          <input
            {...a11y}
            name="itemGroup"
            type="text"
            autoComplete="off"
            list={groupsId}
            placeholder={t.builder.itemGroupPlaceholder}
            value={group ?? ''}
            onChange={(e) => actions.setGroup(i, e.target.value)}
          />
        )}
      </Field>
    </div>
  );
});

/** The groups' subtotals, and the items in no group, over the month, the first 12 months and 36 months. */
function Subtotals({ figures, t, locale }: { figures: EstimateFigures; t: Messages; locale: Locale }) {
  const o = figures.output;
  const money = (a: string) => formatMoney(a, locale);
  const rest = (key: 'monthly' | 'first12' | 'first36') => moneyString(asMoney(o.groups.reduce((left, g) => left.minus(g[key]), dec(o[key]))));
  const ungrouped = o.items.some((i) => i.group === undefined);
  const rows = [
    ...o.groups.map((g) => ({ key: g.group, name: g.group, monthly: g.monthly, first12: g.first12, first36: g.first36, group: true })),
    ...(ungrouped ? [{ key: '', name: t.builder.noGroup, monthly: rest('monthly'), first12: rest('first12'), first36: rest('first36'), group: false }] : []),
  ];
  return (
    <table className="subtotals" data-testid="group-subtotals">
      <caption>{t.builder.groupSubtotals}</caption>
      <thead>
        <tr>
          <th scope="col">{t.builder.itemGroup}</th>
          <th scope="col" className="amount">
            {t.builder.thisMonth}
          </th>
          <th scope="col" className="amount">
            {t.builder.first12Months}
          </th>
          <th scope="col" className="amount">
            {t.builder.first36Months}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr
            key={r.key}
            data-testid={r.group ? 'group-subtotal' : 'ungrouped-subtotal'}
            data-group={r.group ? r.name : undefined}
            data-value={r.monthly}
            data-value-12m={r.first12}
            data-value-36m={r.first36}
          >
            <th scope="row">{r.group ? r.name : <span className="muted">{r.name}</span>}</th>
            <td className="amount">{money(r.monthly)}</td>
            <td className="amount">{money(r.first12)}</td>
            <td className="amount">{money(r.first36)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
