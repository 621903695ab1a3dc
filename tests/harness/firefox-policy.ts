/**
 * Firefox enterprise policies for a test browser: a `policies.json` in the
 * installation's `distribution` folder, which Firefox reads at start-up (the
 * Linux mechanism the README documents for organisations). Whatever was there
 * before is put back by the returned function; run it in a `finally`.
 */
import { existsSync, mkdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { findFirefox } from './browsers';

export function installFirefoxPolicies(policies: object): () => void {
  const folder = path.join(path.dirname(realpathSync(findFirefox())), 'distribution');
  const file = path.join(folder, 'policies.json');
  const createdFolder = !existsSync(folder);
  const before = existsSync(file) ? readFileSync(file) : null;
  try {
    mkdirSync(folder, { recursive: true });
    writeFileSync(file, JSON.stringify({ policies }, null, 2));
  } catch (error) {
    throw new Error(
      `Cannot write ${file} (${String(error)}): the managed-pack test needs to write Firefox's policies, as root in CI.`,
    );
  }
  return () => {
    if (before) writeFileSync(file, before);
    else if (createdFolder) rmSync(folder, { recursive: true, force: true });
    else rmSync(file, { force: true });
  };
}
