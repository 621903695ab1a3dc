import { describe, expect, it } from 'vitest';
import { bareEntry, bareUnlistedScript } from '@/utils/build/bare-unlisted-script';

const GUIDE = '/repo/entrypoints/guide/index.ts';
const WXT_ENTRY = `\0virtual:wxt-unlisted-script-entrypoint?${GUIDE}`;

/** The plugin's hooks, called as Vite would, with `this.error` recorded. */
function plugin() {
  const errors: string[] = [];
  const p = bareUnlistedScript('/entrypoints/guide/index.ts');
  const context = { error: (message: string) => void errors.push(message) };
  const load = (id: string) => (p.load as (this: unknown, id: string) => unknown).call(context, id);
  const buildEnd = (error?: Error) =>
    (p.buildEnd as (this: unknown, e?: Error) => void).call(context, error);
  return { load, buildEnd, errors };
}

describe('bareUnlistedScript', () => {
  it("gives the guide's WXT entry a plain call of main(), without WXT's start-up logger", () => {
    const { load, buildEnd, errors } = plugin();
    const code = load(WXT_ENTRY);
    expect(code).toBe(bareEntry(GUIDE));
    expect(code).toContain(`import definition from "${GUIDE}"`);
    expect(code).toContain('initPlugins();');
    expect(code).toContain('export default definition.main();');
    expect(String(code)).not.toMatch(/logger|crashed/);
    load(GUIDE);
    buildEnd();
    expect(errors).toEqual([]);
  });

  it('leaves other modules and other unlisted scripts to WXT', () => {
    const { load } = plugin();
    expect(load('\0virtual:wxt-unlisted-script-entrypoint?/repo/entrypoints/other.ts')).toBeNull();
    expect(load('/repo/utils/detect/matcher.ts')).toBeNull();
    expect(load(GUIDE)).toBeNull();
  });

  it('fails a build that included the guide but never saw its entry under the expected id', () => {
    const { load, buildEnd, errors } = plugin();
    load('\0virtual:wxt-unlisted-script-entry?/repo/entrypoints/guide/index.ts');
    load(GUIDE);
    buildEnd();
    expect(errors).toEqual([expect.stringContaining("WXT's entry id changed")]);
  });

  it('says nothing in a build without the guide, or one that failed already', () => {
    const quiet = plugin();
    quiet.load('/repo/entrypoints/popup/main.tsx');
    quiet.buildEnd();
    expect(quiet.errors).toEqual([]);
    const failed = plugin();
    failed.load(GUIDE);
    failed.buildEnd(new Error('syntax'));
    expect(failed.errors).toEqual([]);
  });
});
