/**
 * Writes public/packs/guidance-pack.schema.json from the zod pack schema
 * (`npm run pack-schema`). Formatted with the project's Prettier settings so
 * `prettier --check` passes on the committed file.
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { packJsonSchema } from '../../utils/packs/pack-json-schema';

const target = fileURLToPath(
  new URL('../../public/packs/guidance-pack.schema.json', import.meta.url),
);

const config = await resolveConfig(target);
const text = await format(JSON.stringify(packJsonSchema()), { ...config, filepath: target });
await writeFile(target, text);
console.log(`wrote ${target}`);
