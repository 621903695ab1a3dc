/**
 * The sending side of the protocol: one typed call per message, the reply
 * validated, and a failure re-thrown here with the remote error as its cause.
 */
import browser from 'webextension-polyfill';
import { protocol, replySchema, type MessageName, type RequestOf, type ResponseOf } from './protocol';

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

export async function sendMessage<K extends MessageName>(
  type: K,
  payload: RequestOf<K>,
): Promise<ResponseOf<K>> {
  let raw: unknown;
  try {
    raw = await browser.runtime.sendMessage({ type, payload });
  } catch (error) {
    throw new MessageError(`${type}: the extension did not answer`, 'unreachable', { cause: error });
  }
  const reply = replySchema.safeParse(raw);
  if (!reply.success) throw new MessageError(`${type}: malformed reply`, 'bad-reply');
  if (!reply.data.ok) {
    const { code, message } = reply.data.error;
    throw new MessageError(`${type}: ${message}`, code, { cause: reply.data.error });
  }
  const data = protocol[type].response.safeParse(reply.data.data);
  if (!data.success) throw new MessageError(`${type}: malformed response`, 'bad-reply');
  return data.data as ResponseOf<K>;
}
