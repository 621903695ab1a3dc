/**
 * Reads the progress record back from IndexedDB. Zod-free (guards held to the
 * zod schema by unit tests), so the popup can read progress without carrying
 * zod: it opens fast and stays inside its size budget.
 *
 * Nothing stored is lost silently (issue #12):
 * - fields this release does not know (a newer release's, in the record, in a
 *   step, in the last page; step ids it does not know) are kept aside and
 *   written back with the next change (`encodeStoredProgress`);
 * - a part that cannot be read (one step's record, the last page, one page
 *   URL, or the whole record if it is no record at all) costs only that part:
 *   its neighbours are read as usual, and the part goes to the quarantine
 *   store, as stored, the first time it is seen (by any reader).
 */
import type { IDBPDatabase } from 'idb';
import { emptyProgress } from '../flow/progress';
import type { Progress, StoredProgress } from '../flow/progress-schema';
import { isStepId, STEP_IDS, type StepId } from '../flow/steps';
import type { Site } from '../site/sites';
import { HOSTILE_KEYS } from '../guards/hostile-keys';
import { isRecord } from '../guards/is-record';
import { isStoredLastPage, isStoredStepDone } from '../guards/progress-guard';
import { setAside, type UnreadablePart } from './quarantine-store';
import { PROGRESS_KEY, type GuideDb } from './schema';

const KNOWN_FIELDS: readonly string[] = ['steps', 'lastPage', 'pageUrls', 'updatedAt'];

/** What a stored record held beyond the fields this release knows: written back as it was. */
export interface ProgressExtras {
  /** Unknown top-level fields. */
  record: Record<string, unknown>;
  /** Step ids this release does not know, with whatever they hold. */
  steps: Record<string, unknown>;
  /** Unknown fields inside a known step's record (kept while that step stays done). */
  stepFields: Partial<Record<StepId, Record<string, unknown>>>;
  /** Unknown fields of the last page (kept while the last page stays the same). */
  lastPage: Record<string, unknown>;
}

export interface DecodedProgress {
  /** The fields this release knows, strictly shaped: what is shown and sent. */
  progress: Progress;
  extras: ProgressExtras;
  /** Parts that could not be read, for the quarantine. */
  unreadable: UnreadablePart[];
}

/** Own keys other than `known`, copied as data properties (hostile keys never get here). */
function otherFields(x: Record<string, unknown>, known: readonly string[]) {
  const rest: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(x)) if (!known.includes(k)) rest[k] = v;
  return rest;
}

export function decodeStoredProgress(raw: unknown): DecodedProgress {
  const progress = emptyProgress();
  const extras: ProgressExtras = { record: {}, steps: {}, stepFields: {}, lastPage: {} };
  const unreadable: UnreadablePart[] = [];
  const decoded = { progress, extras, unreadable };
  if (raw === undefined) return decoded;
  if (!isRecord(raw)) {
    unreadable.push({ path: [], value: raw });
    return decoded;
  }
  for (const [key, value] of Object.entries(raw)) {
    if (HOSTILE_KEYS.has(key)) unreadable.push({ path: [key], value });
    else if (!KNOWN_FIELDS.includes(key)) extras.record[key] = value;
  }
  decodeSteps(raw.steps, decoded);

  const last = raw.lastPage;
  if (isStoredLastPage(last)) {
    const { site, pageId, at } = last as { site: Site; pageId: string; at: number };
    progress.lastPage = { site, pageId, at };
    extras.lastPage = otherFields(last as Record<string, unknown>, ['site', 'pageId', 'at']);
  } else if (last !== undefined && last !== null) {
    unreadable.push({ path: ['lastPage'], value: last });
  }

  const urls = raw.pageUrls;
  if (isRecord(urls)) {
    for (const [pageId, url] of Object.entries(urls)) {
      if (typeof url === 'string' && !HOSTILE_KEYS.has(pageId)) progress.pageUrls[pageId] = url;
      else unreadable.push({ path: ['pageUrls', pageId], value: url });
    }
  } else if (urls !== undefined) {
    unreadable.push({ path: ['pageUrls'], value: urls });
  }

  if (Number.isFinite(raw.updatedAt)) progress.updatedAt = raw.updatedAt as number;
  else if (raw.updatedAt !== undefined)
    unreadable.push({ path: ['updatedAt'], value: raw.updatedAt });
  return decoded;
}

/** One step's bad record costs that step only. */
function decodeSteps(steps: unknown, { progress, extras, unreadable }: DecodedProgress): void {
  if (steps === undefined) return;
  if (!isRecord(steps)) {
    unreadable.push({ path: ['steps'], value: steps });
    return;
  }
  for (const [step, done] of Object.entries(steps)) {
    if (HOSTILE_KEYS.has(step)) unreadable.push({ path: ['steps', step], value: done });
    else if (!isStepId(step)) extras.steps[step] = done;
    else if (done === undefined) continue;
    else if (isStoredStepDone(done)) {
      const record = done as Record<string, unknown> & Progress['steps'][StepId] & object;
      progress.steps[step] = { how: record.how, at: record.at };
      const rest = otherFields(record, ['how', 'at']);
      if (Object.keys(rest).length > 0) extras.stepFields[step] = rest;
    } else unreadable.push({ path: ['steps', step], value: done });
  }
}

/**
 * The record to store for `progress`, with the unknown fields `before` read:
 * unknown top-level fields always; unknown step ids unless the steps were
 * cleared (a reset); a step's unknown fields while it stays done; the last
 * page's while it is the same page at the same time.
 */
export function encodeStoredProgress(
  progress: Progress,
  before: DecodedProgress,
  cleared = false,
): StoredProgress {
  const steps: Record<string, unknown> = cleared ? {} : { ...before.extras.steps };
  for (const step of STEP_IDS) {
    const done = progress.steps[step];
    if (done) steps[step] = { ...before.extras.stepFields[step], how: done.how, at: done.at };
  }
  const last = progress.lastPage;
  const was = before.progress.lastPage;
  const sameLast =
    last && was && last.site === was.site && last.pageId === was.pageId && last.at === was.at;
  return {
    ...before.extras.record,
    steps,
    lastPage: last && sameLast ? { ...before.extras.lastPage, ...last } : last && { ...last },
    pageUrls: { ...progress.pageUrls },
    updatedAt: progress.updatedAt,
  } as StoredProgress;
}

/** The known fields only; unreadable parts are left out (see readProgress for where they go). */
export function parseStoredProgress(raw: unknown): Progress {
  return decodeStoredProgress(raw).progress;
}

/**
 * Reads progress. A record with parts that cannot be read is repaired at once,
 * in one read-write transaction: the parts go to the quarantine, the rest
 * (unknown fields included) is written back, so the next read is clean.
 */
export async function readProgress(
  db: IDBPDatabase<GuideDb>,
  now: () => number = Date.now,
): Promise<Progress> {
  const decoded = decodeStoredProgress(await db.get('progress', PROGRESS_KEY));
  if (decoded.unreadable.length === 0) return decoded.progress;
  return repairProgress(db, now());
}

async function repairProgress(db: IDBPDatabase<GuideDb>, at: number): Promise<Progress> {
  const tx = db.transaction(['progress', 'quarantine'], 'readwrite');
  const progressStore = tx.objectStore('progress');
  const decoded = decodeStoredProgress(await progressStore.get(PROGRESS_KEY));
  if (decoded.unreadable.length > 0) {
    await setAside(tx.objectStore('quarantine'), 'progress', PROGRESS_KEY, decoded.unreadable, at);
    await progressStore.put!(encodeStoredProgress(decoded.progress, decoded), PROGRESS_KEY);
  }
  await tx.done;
  return decoded.progress;
}
