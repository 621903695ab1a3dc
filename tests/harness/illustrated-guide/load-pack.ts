/**
 * Reads a guidance pack from a file through the extension's own parser, so the
 * tool accepts exactly what the extension accepts, and says where a bad pack
 * is wrong.
 */
import { readFile } from 'node:fs/promises';
import type { DataError } from '../../../utils/data-file/data-error';
import { parsePack } from '../../../utils/packs/parse-pack';
import type { Pack } from '../../../utils/packs/pack-schema';

export class PackError extends Error {
  constructor(
    readonly file: string,
    readonly errors: DataError[],
  ) {
    super(
      [`The pack ${file} was not used:`, ...errors.map((e) => `  ${e.path}: ${e.message}`)].join(
        '\n',
      ),
    );
    this.name = 'PackError';
  }
}

export async function loadPack(file: string): Promise<Pack> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new PackError(file, [
      { path: '$', message: `cannot be read (${(error as Error).message})` },
    ]);
  }
  const result = parsePack(text);
  if (!result.ok) throw new PackError(file, result.errors);
  return result.pack;
}
