import { describe, expect, it } from 'vitest';
import type { OutputBundle } from 'rollup';
import { inlinePageStyles, inlineStylesheets } from '@/utils/build/inline-page-styles';

const PAGE = `<head><script type="module" crossorigin src="/chunks/popup-1.js"></script>
<link rel="stylesheet" crossorigin href="/assets/popup-1.css"></head><body></body>`;

describe('inlineStylesheets', () => {
  it('puts a linked stylesheet of the build inside the page', () => {
    const { html, inlined } = inlineStylesheets(
      PAGE,
      new Map([['assets/popup-1.css', 'p{color:red}']]),
    );
    expect(html).toContain('<style>p{color:red}</style>');
    expect(html).not.toContain('<link');
    expect(html).toContain('src="/chunks/popup-1.js"');
    expect(inlined).toEqual(['assets/popup-1.css']);
  });

  it('leaves a stylesheet it does not have as a link', () => {
    const { html, inlined } = inlineStylesheets(PAGE, new Map());
    expect(html).toBe(PAGE);
    expect(inlined).toEqual([]);
  });

  it('cannot be closed early by the sheet it inlines', () => {
    const css = 'a::after{content:"</style><script>x</script>"}';
    const { html } = inlineStylesheets(PAGE, new Map([['assets/popup-1.css', css]]));
    expect(html.match(/<\/style/g)).toHaveLength(1);
  });
});

describe('inlinePageStyles (the Vite plugin)', () => {
  function build(files: Record<string, string>, chunks: Record<string, string> = {}) {
    const bundle: Record<string, unknown> = {};
    for (const [fileName, source] of Object.entries(files))
      bundle[fileName] = { type: 'asset', fileName, source };
    for (const [fileName, code] of Object.entries(chunks))
      bundle[fileName] = { type: 'chunk', fileName, code };
    const plugin = inlinePageStyles();
    const hook = plugin.generateBundle as (o: unknown, b: OutputBundle) => void;
    hook.call({}, {}, bundle as unknown as OutputBundle);
    return bundle as Record<string, { source?: string }>;
  }

  it('drops the stylesheet file once the page carries it', () => {
    const out = build({ 'popup.html': PAGE, 'assets/popup-1.css': 'p{color:red}' });
    expect(out['popup.html']!.source).toContain('<style>p{color:red}</style>');
    expect(out['assets/popup-1.css']).toBeUndefined();
  });

  it('keeps a stylesheet that a script still loads by name', () => {
    const out = build(
      { 'popup.html': PAGE, 'assets/popup-1.css': 'p{color:red}' },
      { 'chunks/lazy.js': 'load("assets/popup-1.css")' },
    );
    expect(out['popup.html']!.source).toContain('<style>');
    expect(out['assets/popup-1.css']).toBeDefined();
  });
});
