/**
 * The receiving side of the protocol: checks the sender, parses every request,
 * runs its handler and answers with data or an error, never a throw.
 */
import {
  envelopeSchema,
  protocol,
  type MessageName,
  type Reply,
  type RequestOf,
  type ResponseOf,
  type SenderKind,
} from './protocol';
import { siteOfHost } from '../site/sites';

export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

export interface HandlerContext {
  kind: SenderKind;
  /** The sender's URL as the browser reports it. */
  url: string | undefined;
  /** The sender's tab, for a content script. */
  tabId: number | undefined;
}

/** One handler per message: a missing one is a compile error. */
export type Handlers = {
  [K in MessageName]: (request: RequestOf<K>, context: HandlerContext) => Promise<ResponseOf<K>>;
};

export interface Identity {
  extensionId: string;
  /** The extension's own origin URL, e.g. chrome-extension://ID/ */
  extensionUrl: string;
}

/** The host of an http(s) URL, or null. */
function webHost(url: string): string | null {
  try {
    const parsed = new URL(url);
    return /^https?:$/.test(parsed.protocol) ? parsed.hostname : null;
  } catch {
    return null;
  }
}

/**
 * Our own pages have our origin; anything else from our extension id is a
 * content script, which we trust less (it lives next to page code), and only
 * on the two sites it runs on: never the mailbox or any other page.
 */
export function classifySender(sender: SenderInfo, identity: Identity): SenderKind | null {
  if (sender.id !== identity.extensionId) return null;
  if (sender.url?.startsWith(identity.extensionUrl)) return 'extension';
  const host = sender.tab && sender.url ? webHost(sender.url) : null;
  return host && siteOfHost(host) ? 'content' : null;
}

function failure(code: Extract<Reply, { ok: false }>['error']['code'], message: string): Reply {
  return { ok: false, error: { code, message } };
}

export async function handleMessage(
  handlers: Handlers,
  identity: Identity,
  message: unknown,
  sender: SenderInfo,
): Promise<Reply> {
  const envelope = envelopeSchema.safeParse(message);
  if (!envelope.success) return failure('bad-message', 'Unknown or malformed message');
  const name = envelope.data.type;
  const entry = protocol[name];
  const kind = classifySender(sender, identity);
  if (!kind || !(entry.from as readonly SenderKind[]).includes(kind)) {
    return failure('forbidden', `${name} is not accepted from this sender`);
  }
  const request = entry.request.safeParse(envelope.data.payload);
  if (!request.success) return failure('bad-message', `Malformed ${name} request`);
  try {
    const handler = handlers[name] as (req: unknown, ctx: HandlerContext) => Promise<unknown>;
    return {
      ok: true,
      data: await handler(request.data, { kind, url: sender.url, tabId: sender.tab?.id }),
    };
  } catch (error) {
    return failure('failed', error instanceof Error ? error.message : String(error));
  }
}
