/**
 * The floor any content script pays (issue #10): an extension whose content
 * script runs on the same pages as ours and does nothing. Chromium gives each
 * extension's content scripts a JavaScript world of their own in the page, with
 * its own globals and built-ins; its cost is in the page's heap and script time
 * before a line of ours runs. Measured against the same browser without any
 * extension, it says how much of "added heap" no content script can avoid.
 * The first touch of a page element from that world costs again (it sets up
 * the world's own DOM prototypes), so a second floor reads one element: the
 * least any content script that reads a page pays; a third visits every node
 * and reads each element's style, as any reader of what a person sees must; a
 * fourth reads one element and asks its background once, as any content
 * script that keeps its state in the extension must (the floors have a
 * background for it that answers at once).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CONTENT_MATCHES } from '../../../utils/site/sites';

export interface FloorExtension {
  dir: string;
  dispose(): void;
}

/**
 * Visits every node of the document once, by sibling links as our reader does, and
 * reads each element's computed style: the least a reader of what a page shows does.
 */
const VISIT_EVERY_NODE = `let n = document.documentElement;
while (n) {
  if (n.nodeType === 1) void getComputedStyle(n).visibility;
  if (n.firstChild) n = n.firstChild;
  else {
    while (n && !n.nextSibling) n = n.parentNode;
    n = n && n.nextSibling;
  }
}
`;

/**
 * Asks the floor's background once and waits for the answer, as any content
 * script that keeps its state in the extension must: the first use of
 * `chrome.runtime` in the page sets up the extension's API bindings there.
 */
const ASK_ONCE = `void document.body.localName;
chrome.runtime.sendMessage({ type: 'ask' }).then((reply) => void reply.ok);
`;

/** The floor's background: answers every message at once. */
const ANSWER = `chrome.runtime.onMessage.addListener((message, sender, reply) => {
  reply({ ok: true });
});
`;

/** The floor the heap breakdown compares with: the least a content script like ours pays. */
export const ASKING_FLOOR = 'a content script that reads one element and asks its background once';

/**
 * The floors: a content script that does nothing, one that only reads
 * `document.body`, one that visits every node and reads its style, and one
 * that reads `document.body` and asks its background once.
 */
export const FLOOR_SCRIPTS = {
  'an empty content script': 'void 0;\n',
  'a content script that reads one element': 'void document.body.localName;\n',
  'a content script that reads every element’s style': VISIT_EVERY_NODE,
  [ASKING_FLOOR]: ASK_ONCE,
} as const;

export function writeFloorExtension(script: string): FloorExtension {
  const dir = mkdtempSync(path.join(tmpdir(), 'agc-bench-floor-'));
  const manifest = {
    manifest_version: 3,
    name: 'Empty content script (bench floor)',
    version: '1.0.0',
    content_scripts: [{ matches: CONTENT_MATCHES, js: ['floor.js'], run_at: 'document_idle' }],
    background: { service_worker: 'answer.js' },
  };
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(path.join(dir, 'floor.js'), script);
  writeFileSync(path.join(dir, 'answer.js'), ANSWER);
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}
