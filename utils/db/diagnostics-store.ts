/** "This page looks different" notes: a short, bounded list for support. */
import type { IDBPDatabase } from 'idb';
import { isDiagnostic } from '../guards/diagnostic-guard';
import type { Diagnostic } from '../diagnostics/diagnostic-schema';
import type { GuideDb } from './schema';

export const MAX_DIAGNOSTICS = 20;

export async function addDiagnostic(
  db: IDBPDatabase<GuideDb>,
  diagnostic: Diagnostic,
): Promise<void> {
  const tx = db.transaction('diagnostics', 'readwrite');
  await tx.store.add(diagnostic);
  let excess = (await tx.store.count()) - MAX_DIAGNOSTICS;
  for (let cursor = await tx.store.openCursor(); cursor && excess > 0; excess -= 1) {
    await cursor.delete();
    cursor = await cursor.continue();
  }
  await tx.done;
}

/** Oldest first; records that no longer parse are skipped. */
export async function readDiagnostics(db: IDBPDatabase<GuideDb>): Promise<Diagnostic[]> {
  return (await db.getAll('diagnostics')).flatMap(({ id: _id, ...rest }) => {
    return isDiagnostic(rest) ? [rest] : [];
  });
}
