import { describe, expect, it } from 'vitest';
import { loadCatalogs } from '../../cli/catalogs.ts';
import type { EstimateDoc } from '../../engine/estimates/document.ts';
import {
  ENTRY_FORMAT,
  MAX_IMPORT_BYTES,
  cleanName,
  exportFileName,
  exportText,
  findDocument,
  importEstimate,
  parseEntries,
  parseEntry,
  storedEntry,
} from './saved-entries.ts';

const catalogs = loadCatalogs();
const LABEL = 'Item 1';
const SCENARIO = { version: 1 as const, offering: 'tencent.shared' as const, region: 'ap-guangzhou', callsPerMonth: '5000000' };
const ESTIMATE: EstimateDoc = {
  version: 1,
  kind: 'estimate',
  name: 'Checkout',
  items: [
    { label: 'Production', scenario: SCENARIO },
    { label: 'Staging', group: 'Test', scenario: { ...SCENARIO, callsPerMonth: '1000' } },
  ],
};
const at = new Date('2026-12-01T08:30:00Z');

describe('saved entries, as read back from the store', () => {
  it('reads an entry this calculator wrote', () => {
    const parsed = parseEntry('abc', storedEntry('Checkout, 2 items', ESTIMATE, at), catalogs, LABEL);
    expect(parsed).toEqual({
      ok: true,
      entry: { id: 'abc', format: ENTRY_FORMAT, version: 1, name: 'Checkout, 2 items', savedAt: '2026-12-01T08:30:00.000Z', estimate: ESTIMATE },
    });
  });

  it.each([
    ['a text', 'x', 'hello', 'not-an-entry', '"hello"'],
    ['null', 'x', null, 'not-an-entry', 'null'],
    ['an object of someone else', 'x', { foo: 1 }, 'not-an-entry', 'without "format"'],
    ['an entry under a key this calculator does not make', 7, storedEntry('A', ESTIMATE, at), 'not-an-entry', 'its key is 7'],
    ['an entry of another version', 'x', { ...storedEntry('A', ESTIMATE, at), version: 2 }, 'version', '2'],
    ['an entry without a name', 'x', { ...storedEntry('A', ESTIMATE, at), name: '  ' }, 'name', '"  "'],
    ['an entry whose name is too long', 'x', { ...storedEntry('A', ESTIMATE, at), name: 'n'.repeat(201) }, 'name', 'nnn'],
    ['an entry without an estimate', 'x', { ...storedEntry('A', ESTIMATE, at), estimate: undefined }, 'estimate', 'an estimate must be a JSON object'],
    [
      'an entry whose estimate no longer opens',
      'x',
      storedEntry('A', { ...ESTIMATE, items: [ESTIMATE.items[0]!, { label: 'Staging', scenario: { ...SCENARIO, region: 'mars-1' } }] }, at),
      'estimate',
      'items[1].scenario.region: ',
    ],
  ])('reports %s, and why', (_what, key, value, code, detail) => {
    const parsed = parseEntry(key, value, catalogs, LABEL);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problem.code).toBe(code);
    expect(parsed.problem.detail).toContain(detail);
    expect(parsed.problem.id).toBe(key);
  });

  it('names a reported entry when it has a name', () => {
    const parsed = parseEntry('x', { ...storedEntry('Old one', ESTIMATE, at), version: 0 }, catalogs, LABEL);
    expect(parsed).toMatchObject({ ok: false, problem: { key: 'x', name: 'Old one', code: 'version' } });
  });

  it('skips what it cannot read and loses nothing else; latest first', () => {
    const { entries, problems } = parseEntries(
      [
        ['a', storedEntry('First', ESTIMATE, new Date('2026-01-01T00:00:00Z'))],
        ['junk', { format: 'something else' }],
        ['b', storedEntry('Second', ESTIMATE, new Date('2026-02-01T00:00:00Z'))],
        ['c', { ...storedEntry('Third', ESTIMATE, at), savedAt: 'yesterday' }],
      ],
      catalogs,
      LABEL,
    );
    expect(entries.map((e) => e.name)).toEqual(['Second', 'First', 'Third']);
    expect(problems.map((p) => p.key)).toEqual(['junk']);
  });

  it('keeps names trimmed, and refuses blank or too long ones', () => {
    expect(cleanName('  Checkout  ')).toBe('Checkout');
    expect(cleanName('   ')).toBeUndefined();
    expect(cleanName('名'.repeat(200))).toBe('名'.repeat(200));
    expect(cleanName('名'.repeat(201))).toBeUndefined();
  });
});

describe('importing a JSON file', () => {
  const text = (json: unknown) => JSON.stringify(json);

  it('reads an estimate document', () => {
    expect(importEstimate(text(ESTIMATE), catalogs, LABEL)).toEqual({ ok: true, doc: ESTIMATE, path: '' });
  });

  it('reads a scenario document as a one-item estimate', () => {
    expect(importEstimate(text(SCENARIO), catalogs, LABEL)).toEqual({
      ok: true,
      doc: { version: 1, kind: 'estimate', items: [{ label: LABEL, scenario: SCENARIO }] },
      path: '',
    });
  });

  it("reads the page's JSON export (the scenario beside its priced estimate), a list of one, and a byte order mark", () => {
    const exported = { scenario: SCENARIO, estimate: { currency: 'CNY', total: '45.26', lines: [] }, link: 'https://…', exportedAt: at.toISOString() };
    expect(importEstimate(text(exported), catalogs, LABEL)).toMatchObject({ ok: true, path: 'scenario', doc: { items: [{ scenario: SCENARIO }] } });
    expect(importEstimate(`\uFEFF${text([ESTIMATE])}`, catalogs, LABEL)).toMatchObject({ ok: true, path: '[0]', doc: ESTIMATE });
    // An export that holds the estimate document too: the estimate is taken.
    expect(findDocument({ scenario: SCENARIO, document: ESTIMATE })).toEqual({ ok: true, json: ESTIMATE, path: 'document' });
  });

  it('names the path of a bad field, where the file has it', () => {
    const bad = { ...ESTIMATE, items: [ESTIMATE.items[0], { label: 'Staging', scenario: { ...SCENARIO, region: 'mars-1' } }] };
    const direct = importEstimate(text(bad), catalogs, LABEL);
    expect(direct).toMatchObject({ ok: false, fields: ['items[1].scenario.region'] });
    const nested = importEstimate(text({ estimate: bad, exportedAt: 'x' }), catalogs, LABEL);
    expect(nested).toMatchObject({ ok: false, fields: ['estimate.items[1].scenario.region'] });
    if (!nested.ok) expect(nested.message).toMatch(/^estimate\.items\[1\]\.scenario\.region: /);
    const listed = importEstimate(text([{ ...SCENARIO, region: 'mars-1' }]), catalogs, LABEL);
    expect(listed).toMatchObject({ ok: false, fields: ['[0].region'] });
  });

  it.each([
    ['not JSON', '{"version": 1,', /not JSON/],
    ['empty', '', /not JSON/],
    ['a list of two documents', text([ESTIMATE, ESTIMATE]), /list of 2 documents/],
    ['a number', '42', /no estimate or scenario \(42\)/],
    ['an unrelated object', text({ hello: 'world' }), /no estimate or scenario/],
    [
      'priced results alone (the command line output of an estimate)',
      text({ kind: 'estimate', currency: 'CNY', monthly: '1.00', items: [{ label: 'A', monthly: '1.00' }] }),
      /priced results without the document/,
    ],
    ['too large', ' '.repeat(MAX_IMPORT_BYTES + 1), /too large/],
  ])('says what is wrong with a file that is %s', (_what, content, message) => {
    const r = importEstimate(content, catalogs, LABEL);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(message);
  });
});

describe('exporting', () => {
  it('writes the estimate document itself, which imports again', () => {
    expect(importEstimate(exportText(ESTIMATE), catalogs, LABEL)).toEqual({ ok: true, doc: ESTIMATE, path: '' });
    expect(exportText(ESTIMATE).endsWith('}\n')).toBe(true);
  });

  it('names the file after the estimate, without characters file systems refuse', () => {
    expect(exportFileName({ ...ESTIMATE, name: 'Checkout: A/B  "test"?' }, at)).toBe('Checkout A B test 2026-12-01.json');
    expect(exportFileName({ ...ESTIMATE, name: '结账接口' }, at)).toBe('结账接口 2026-12-01.json');
    const { name: _name, ...unnamed } = ESTIMATE;
    expect(exportFileName(unnamed, at)).toBe('estimate 2026-12-01.json');
  });
});
