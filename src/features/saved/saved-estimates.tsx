/**
 * Saved estimates in this browser: save the estimate on screen under a name, open, rename or delete
 * one; import an estimate from a JSON file, export the one on screen. Entries are checked when read:
 * one that is not this calculator's, or no longer opens, is reported and skipped, the others listed.
 * Reads the estimate only when a button is pressed, so typing in the form does not render it.
 */
import { useCallback, useEffect, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import type { Catalogs } from '../../engine/catalog.ts';
import { formatInputError } from '../../engine/issues.ts';
import { intlTag, useLocale, useT } from '../../lib/i18n/locale.ts';
import { useCalculator, useCalculatorApi } from '../../stores/calculator.ts';
import { readEstimateDoc } from '../../stores/scenario-doc.ts';
import { deleteEntry, newId, readRows, writeEntry } from './saved-db.ts';
import {
  MAX_IMPORT_BYTES,
  cleanName,
  exportFileName,
  exportText,
  importEstimate,
  parseEntries,
  storedEntry,
  type EntryProblem,
  type SavedEstimate,
  type StoredEntry,
} from './saved-entries.ts';
import './saved.css';

type List = { status: 'loading' } | { status: 'ready'; entries: SavedEstimate[]; problems: EntryProblem[] } | { status: 'unavailable'; why: string };
type Notice = { kind: 'status' | 'error'; text: string; undo?: SavedEstimate };

function reason(e: unknown): string {
  return e instanceof Error ? e.message || e.name : String(e);
}

/** The store's entries, checked (or why the store cannot be read: the browser refused storage). */
async function readList(catalogs: Catalogs, label: string): Promise<List> {
  try {
    return { status: 'ready', ...parseEntries(await readRows(), catalogs, label) };
  } catch (e) {
    return { status: 'unavailable', why: reason(e) };
  }
}

function stored({ id: _id, ...entry }: SavedEstimate): StoredEntry {
  return entry;
}

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

function Entry({
  entry,
  others,
  onOpen,
  onRename,
  onDelete,
}: {
  entry: SavedEstimate;
  others: SavedEstimate[];
  onOpen: () => void;
  onRename: (name: string) => Promise<boolean>;
  onDelete: () => void;
}) {
  const t = useT();
  const locale = useLocale();
  const [renaming, setRenaming] = useState<string | null>(null);
  const [error, setError] = useState('');
  const date = entry.savedAt && new Intl.DateTimeFormat(intlTag(locale), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(entry.savedAt));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const name = cleanName(renaming ?? '');
    if (name === undefined) return setError(t.saved.nameRequired);
    if (others.some((o) => o.name === name)) return setError(t.saved.nameTaken(name));
    if (await onRename(name)) setRenaming(null);
  };
  return (
    <li className="saved__entry" data-testid="saved-estimate" data-name={entry.name}>
      {renaming === null ? (
        <>
          <div className="saved__what">
            <span className="saved__name">{entry.name}</span>
            <span className="saved__meta">
              {t.saved.items(entry.estimate.items.length)}
              {date && ` · ${t.saved.savedOn(date)}`}
            </span>
          </div>
          <div className="saved__actions">
            <button type="button" onClick={onOpen} aria-label={t.saved.openLabel(entry.name)} data-testid="open-saved">
              {t.saved.open}
            </button>
            <button
              type="button"
              onClick={() => {
                setError('');
                setRenaming(entry.name);
              }}
              aria-label={t.saved.renameLabel(entry.name)}
              data-testid="rename-saved"
            >
              {t.saved.rename}
            </button>
            <button type="button" onClick={onDelete} aria-label={t.saved.deleteLabel(entry.name)} data-testid="delete-saved">
              {t.saved.delete}
            </button>
          </div>
        </>
      ) : (
        <form className="saved__rename" onSubmit={(e) => void submit(e)} noValidate>
          <input
            aria-label={t.saved.newName(entry.name)}
            value={renaming}
            maxLength={400}
            autoFocus
            onChange={(e) => setRenaming(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') setRenaming(null);
            }}
            aria-invalid={error !== ''}
            data-testid="rename-input"
          />
          <button type="submit">{t.saved.keepName}</button>
          <button type="button" onClick={() => setRenaming(null)}>
            {t.saved.cancel}
          </button>
          {error && (
            <p className="field__error" role="alert">
              {error}
            </p>
          )}
        </form>
      )}
    </li>
  );
}

function Problem({ problem, onRemove }: { problem: EntryProblem; onRemove: () => void }) {
  const t = useT();
  const who = t.saved.entry(problem.key, problem.name);
  return (
    <li data-testid="saved-problem">
      {t.saved.problem[problem.code](who, problem.detail)}{' '}
      <button type="button" className="link" onClick={onRemove} aria-label={t.saved.removeLabel(who)}>
        {t.saved.remove}
      </button>
    </li>
  );
}

export function SavedEstimates({ catalogs }: { catalogs: Catalogs }) {
  const t = useT();
  const api = useCalculatorApi();
  const loadEstimate = useCalculator((s) => s.loadEstimate);
  const estimateName = useCalculator((s) => s.estimate.name);
  const [list, setList] = useState<List>({ status: 'loading' });
  const [name, setName] = useState('');
  const [notice, setNotice] = useState<Notice | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const label = t.itemLabel(1);

  /** Reads the store again; the latest read wins. */
  const reads = useRef(0);
  const refresh = useCallback((): Promise<void> => {
    const read = ++reads.current;
    return readList(catalogs, label).then((next) => {
      if (read === reads.current) setList(next);
    });
  }, [catalogs, label]);

  useEffect(() => {
    void refresh();
    // Another tab may have saved or deleted meanwhile.
    const onShow = () => {
      if (document.visibilityState === 'visible') void refresh();
    };
    document.addEventListener('visibilitychange', onShow);
    return () => document.removeEventListener('visibilitychange', onShow);
  }, [refresh]);

  const entries = list.status === 'ready' ? list.entries : [];
  const say = (text: string, undo?: SavedEstimate) => setNotice({ kind: 'status', text, ...(undo && { undo }) });
  const fail = (text: string) => setNotice({ kind: 'error', text });
  /** Runs a change to the store, then reads it again. */
  const change = async (write: () => Promise<void>, done: string, undo?: SavedEstimate): Promise<boolean> => {
    try {
      await write();
      say(done, undo);
      return true;
    } catch (e) {
      fail(t.saved.failed(reason(e)));
      return false;
    } finally {
      await refresh();
    }
  };

  /** The estimate on screen, if it prices (else the notice says what to correct). */
  const current = () => {
    const estimate = api.getState().estimate;
    const read = readEstimateDoc(estimate, catalogs);
    if (read.ok) return { estimate, doc: read.doc };
    fail(t.saved.invalid(formatInputError(read.errors)));
    return undefined;
  };

  const save = (e: FormEvent) => {
    e.preventDefault();
    const chosen = cleanName(name) ?? (name.trim() === '' ? cleanName(estimateName ?? '') : undefined);
    if (chosen === undefined) return fail(t.saved.nameRequired);
    const now = current();
    if (!now) return;
    const existing = entries.find((x) => x.name === chosen);
    void change(
      () => writeEntry(existing?.id ?? newId(), storedEntry(chosen, now.doc, new Date())),
      existing ? t.saved.replaced(chosen) : t.saved.saved(chosen),
    ).then((ok) => ok && setName(''));
  };

  const importFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = ''; // the same file may be imported again
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) return fail(t.saved.importFailed(file.name, `the file is too large (at most ${MAX_IMPORT_BYTES} bytes)`));
    let text: string;
    try {
      text = await file.text();
    } catch (err) {
      return fail(t.saved.importFailed(file.name, reason(err)));
    }
    const read = importEstimate(text, catalogs, label);
    if (!read.ok) return fail(t.saved.importFailed(file.name, read.message));
    loadEstimate(read.doc);
    say(t.saved.imported(file.name));
  };

  const exportFile = () => {
    const now = current();
    if (!now) return;
    const file = exportFileName(now.estimate, new Date());
    download(file, exportText(now.estimate));
    say(t.saved.exported(file));
  };

  return (
    <section className="panel saved" aria-labelledby="saved-title" data-testid="saved">
      <h2 id="saved-title">{t.saved.title}</h2>
      <p className="saved__hint">{t.saved.hint}</p>
      {list.status === 'unavailable' ? (
        <p className="notice notice--warn" role="alert" data-testid="saved-unavailable">
          {t.saved.unavailable(list.why)}
        </p>
      ) : (
        <form className="saved__save" onSubmit={save} noValidate>
          <div className="field">
            <label htmlFor="saved-name">{t.saved.name}</label>
            <div className="field__control">
              <input
                id="saved-name"
                value={name}
                placeholder={estimateName}
                maxLength={400}
                onChange={(e) => setName(e.target.value)}
                data-testid="save-name"
              />
              <button type="submit" data-testid="save-estimate" disabled={list.status !== 'ready'}>
                {t.saved.save}
              </button>
            </div>
          </div>
        </form>
      )}
      {list.status === 'ready' && list.problems.length > 0 && (
        <div className="notice notice--warn saved__problems" role="alert" data-testid="saved-problems">
          <p>{t.saved.problems}</p>
          <ul>
            {list.problems.map((p) => (
              <Problem
                key={`${typeof p.id}:${p.key}`}
                problem={p}
                onRemove={() => void change(() => deleteEntry(p.id), t.saved.deleted(t.saved.entry(p.key, p.name)))}
              />
            ))}
          </ul>
        </div>
      )}
      {list.status === 'ready' &&
        (entries.length === 0 ? (
          <p className="saved__empty">{t.saved.empty}</p>
        ) : (
          <ul className="saved__list">
            {entries.map((entry) => (
              <Entry
                key={entry.id}
                entry={entry}
                others={entries.filter((o) => o !== entry)}
                onOpen={() => {
                  loadEstimate(entry.estimate);
                  say(t.saved.opened(entry.name));
                }}
                onRename={(to) => change(() => writeEntry(entry.id, { ...stored(entry), name: to }), t.saved.renamed(entry.name, to))}
                onDelete={() => void change(() => deleteEntry(entry.id), t.saved.deleted(entry.name), entry)}
              />
            ))}
          </ul>
        ))}
      <div className="saved__files">
        <button type="button" onClick={() => fileInput.current?.click()}>
          {t.saved.importFile}
        </button>
        <input ref={fileInput} type="file" accept=".json,application/json" hidden onChange={(e) => void importFile(e)} data-testid="import-estimate" />
        <button type="button" onClick={exportFile} data-testid="export-estimate">
          {t.saved.exportFile}
        </button>
      </div>
      {notice?.kind === 'error' && (
        <p className="notice notice--error" role="alert" data-testid="saved-error">
          {notice.text}
        </p>
      )}
      <p role="status" className="saved__status" data-testid="saved-status">
        {notice?.kind === 'status' && notice.text}
        {notice?.undo && (
          <>
            {' '}
            <button
              type="button"
              className="link"
              onClick={() => {
                const entry = notice.undo!;
                void change(() => writeEntry(entry.id, stored(entry)), t.saved.restored(entry.name));
              }}
            >
              {t.saved.undo}
            </button>
          </>
        )}
      </p>
    </section>
  );
}
