/** Full zod validation of a response, for extension pages (the popup, options). */
import { protocol, type MessageName, type ResponseOf } from './protocol';

export function parseResponse<K extends MessageName>(type: K): (data: unknown) => ResponseOf<K> {
  return (data) => protocol[type].response.parse(data) as ResponseOf<K>;
}
