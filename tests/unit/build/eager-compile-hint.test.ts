import { describe, expect, it } from 'vitest';
import type { OutputBundle } from 'rollup';
import { EAGER_COMPILE_HINT, eagerCompileHint } from '@/utils/build/eager-compile-hint';

/** The plugin's generateBundle, called as Rollup would once chunks are minified. */
function generate(
  bundle: Record<string, { type: 'chunk'; code: string } | { type: 'asset'; source: string }>,
) {
  const hook = eagerCompileHint().generateBundle as (
    this: unknown,
    o: unknown,
    b: OutputBundle,
  ) => void;
  hook.call({}, {}, bundle as unknown as OutputBundle);
  return bundle;
}

describe('eagerCompileHint', () => {
  it("puts V8's compile-everything hint on the first line of each script chunk", () => {
    const bundle = generate({
      'guide.js': { type: 'chunk', code: 'var guide=(function(){})();' },
      'chunks/lazy.js': { type: 'chunk', code: 'export const x=1;' },
    });
    expect(bundle['guide.js']).toEqual({
      type: 'chunk',
      code: `${EAGER_COMPILE_HINT}\nvar guide=(function(){})();`,
    });
    expect((bundle['chunks/lazy.js'] as { code: string }).code.split('\n')).toEqual([
      '//# allFunctionsCalledOnLoad',
      'export const x=1;',
    ]);
  });

  it('leaves assets as they are', () => {
    const bundle = generate({ 'guide.css': { type: 'asset', source: 'a{color:red}' } });
    expect(bundle['guide.css']).toEqual({ type: 'asset', source: 'a{color:red}' });
  });

  it('applies to builds only', () => {
    expect(eagerCompileHint().apply).toBe('build');
  });
});
