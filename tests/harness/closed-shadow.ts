/**
 * Runs a function on a closed shadow root through the browser's automation
 * access, which page scripts do not have: CDP's pierced DOM in Chromium, and
 * WebDriver BiDi's `includeShadowTree: 'all'` serialisation in Firefox.
 *
 * The function runs in the page's main world with the root as its first
 * argument (null when the host or its root is missing); arguments and result
 * cross as JSON, so both must be plain data.
 */
import type { Browser, CDPSession, Page } from 'puppeteer';

export type InRoot<A extends unknown[], R> = (root: ShadowRoot | null, ...args: A) => R;

/** The source of a page-side wrapper: calls `fn(root, ...JSON.parse(args))` and returns its result as JSON. */
function wrapper(fn: string): string {
  return `async function (root, args) {
    const result = await (${fn})(root ?? null, ...JSON.parse(args));
    return JSON.stringify(result === undefined ? null : result);
  }`;
}

export async function evaluateInClosedRoot<A extends unknown[], R>(
  page: Page,
  hostSelector: string,
  fn: InRoot<A, R>,
  ...args: A
): Promise<Awaited<R>> {
  let firefox = isFirefox.get(page.browser());
  if (firefox === undefined) {
    firefox = (await page.browser().version()).toLowerCase().startsWith('firefox');
    isFirefox.set(page.browser(), firefox);
  }
  const run = firefox ? viaBidi : viaCdp;
  const json = await run(page, hostSelector, fn.toString(), JSON.stringify(args));
  return JSON.parse(json) as Awaited<R>;
}

const isFirefox = new WeakMap<Browser, boolean>();
const sessions = new WeakMap<Page, Promise<CDPSession>>();

async function viaCdp(page: Page, host: string, fn: string, args: string): Promise<string> {
  let session = sessions.get(page);
  if (!session) sessions.set(page, (session = page.createCDPSession()));
  const cdp = await session;
  const objectGroup = 'agc-closed-root';
  try {
    const found = await cdp.send('Runtime.evaluate', {
      expression: `document.querySelector(${JSON.stringify(host)})`,
      objectGroup,
    });
    let rootId: string | undefined;
    if (found.result.objectId) {
      const { node } = await cdp.send('DOM.describeNode', {
        objectId: found.result.objectId,
        depth: 0,
        pierce: true,
      });
      const shadow = node.shadowRoots?.[0];
      if (shadow) {
        const resolved = await cdp.send('DOM.resolveNode', {
          backendNodeId: shadow.backendNodeId,
          objectGroup,
        });
        rootId = resolved.object.objectId;
      }
    }
    // Without a root, the same wrapper runs with null so `fn` decides what absence means.
    const { result, exceptionDetails } = rootId
      ? await cdp.send('Runtime.callFunctionOn', {
          functionDeclaration: wrapper(fn),
          objectId: rootId,
          arguments: [{ objectId: rootId }, { value: args }],
          awaitPromise: true,
          returnByValue: true,
        })
      : await cdp.send('Runtime.evaluate', {
          expression: `(${wrapper(fn)})(null, ${JSON.stringify(args)})`,
          awaitPromise: true,
          returnByValue: true,
        });
    if (exceptionDetails)
      throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value as string;
  } finally {
    await cdp.send('Runtime.releaseObjectGroup', { objectGroup }).catch(() => undefined);
  }
}

/** The parts of WebDriver BiDi's `script.EvaluateResult` read here. */
interface RemoteValue {
  type: string;
  value?: unknown;
  handle?: string;
  sharedId?: string;
}
interface EvaluateResult {
  type: 'success' | 'exception';
  result?: RemoteValue;
  exceptionDetails?: { text: string };
}
/**
 * Puppeteer does not expose its BiDi session publicly; its Browser keeps the
 * connection as `connection` and each Frame its browsing context id as `_id`.
 */
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: EvaluateResult }>;
}

async function viaBidi(page: Page, host: string, fn: string, args: string): Promise<string> {
  const connection = (page.browser() as unknown as { connection: BidiConnection }).connection;
  const context = (page.mainFrame() as unknown as { _id: string })._id;
  const target = { context };
  const found = await connection.send('script.callFunction', {
    functionDeclaration: `() => document.querySelector(${JSON.stringify(host)})`,
    target,
    awaitPromise: false,
    resultOwnership: 'root',
    serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
  });
  const hostValue = found.result.result;
  const rootRef = (hostValue?.value as { shadowRoot?: RemoteValue } | undefined)?.shadowRoot
    ?.sharedId;
  try {
    const called = await connection.send('script.callFunction', {
      functionDeclaration: wrapper(fn),
      target,
      awaitPromise: true,
      arguments: [
        rootRef ? { sharedId: rootRef } : { type: 'null' },
        { type: 'string', value: args },
      ],
      resultOwnership: 'none',
    });
    const outcome = called.result;
    if (outcome.type === 'exception') throw new Error(outcome.exceptionDetails?.text);
    return outcome.result?.value as string;
  } finally {
    if (hostValue?.handle)
      await connection
        .send('script.disown', { handles: [hostValue.handle], target })
        .catch(() => undefined);
  }
}
