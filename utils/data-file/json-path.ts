/**
 * JSON paths for error messages, written the way a pack author reads their
 * file: `$.steps["verify-email"].es.tips[0]`. Shared by guidance packs and
 * support reports so both name problems the same way.
 */

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function jsonPath(path: readonly PropertyKey[]): string {
  let out = '$';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (typeof segment === 'symbol') out += `[${JSON.stringify(String(segment))}]`;
    // JSON.stringify quotes and escapes any key, so a hostile key cannot break the path.
    else out += IDENTIFIER.test(segment) ? `.${segment}` : `[${JSON.stringify(segment)}]`;
  }
  return out;
}
