/**
 * The guide's database was written by a newer release than this one (the
 * extension was downgraded, or a profile synced from a newer install): opening
 * it at our version fails with a VersionError, and nothing we do helps but
 * updating the extension. Kept free of idb so the popup's model can tell this
 * error from others without loading the database code.
 */
export class NewerDatabaseError extends Error {
  override readonly name = 'NewerDatabaseError';
  constructor(options?: { cause?: unknown }) {
    super('The saved progress was written by a newer version of the extension', options);
  }
}

export function isNewerDatabaseError(error: unknown): boolean {
  return error instanceof Error && error.name === 'NewerDatabaseError';
}

/** What IndexedDB throws for a database at a higher version than asked for. */
export function isVersionError(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { name?: unknown }).name === 'VersionError'
  );
}
