/**
 * The sending side of the protocol: one typed call per message, the reply
 * checked, and a failure re-thrown here with the remote error as its cause.
 *
 * Zod-free on purpose, so the content script stays within its size budget:
 * extension pages pass `parse` (the protocol's zod schema, see
 * parse-response.ts); the content script trusts its own background's data
 * after the envelope check here, while the background parses everything a
 * content script sends it.
 */
import { browser } from 'wxt/browser';
import type { MessageName, Reply, RequestOf, ResponseOf } from './protocol';

export class MessageError extends Error {
  constructor(
    message: string,
    readonly code: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'MessageError';
  }
}

function isReply(raw: unknown): raw is Reply {
  if (!raw || typeof raw !== 'object') return false;
  const r = raw as { ok?: unknown; data?: unknown; error?: { code?: unknown; message?: unknown } };
  if (r.ok === true) return 'data' in r;
  return r.ok === false && typeof r.error?.code === 'string' && typeof r.error.message === 'string';
}

export async function sendMessage<K extends MessageName>(
  type: K,
  payload: RequestOf<K>,
  parse: (data: unknown) => ResponseOf<K> = (data) => data as ResponseOf<K>,
): Promise<ResponseOf<K>> {
  let raw: unknown;
  try {
    raw = await browser.runtime.sendMessage({ type, payload });
  } catch (error) {
    // Short words (the content script's bytes are scarce): the code says which failure it is.
    throw new MessageError(`${type}: unreachable`, 'unreachable', { cause: error });
  }
  if (!isReply(raw)) throw new MessageError(`${type}: bad reply`, 'bad-reply');
  if (!raw.ok) {
    throw new MessageError(`${type}: ${raw.error.message}`, raw.error.code, { cause: raw.error });
  }
  try {
    return parse(raw.data);
  } catch (error) {
    throw new MessageError(`${type}: bad reply`, 'bad-reply', { cause: error });
  }
}
