/** A pack's header fields, in canonical order and nothing else (export, the popup's snapshot). */
import type { Pack } from './pack-schema';

export type PackHeader = Pick<
  Pack,
  'format' | 'formatVersion' | 'id' | 'name' | 'version' | 'author'
>;

export function packHeader(pack: Pack): PackHeader {
  return {
    format: pack.format,
    formatVersion: pack.formatVersion,
    id: pack.id,
    name: pack.name,
    version: pack.version,
    author: pack.author,
  };
}
