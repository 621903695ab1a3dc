import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { packJsonSchema } from '@/utils/packs/pack-json-schema';

describe('the committed JSON Schema', () => {
  it('is what `npm run pack-schema` generates now (regenerate it when this fails)', () => {
    const committed: unknown = JSON.parse(
      readFileSync(
        new URL('../../../public/packs/guidance-pack.schema.json', import.meta.url),
        'utf8',
      ),
    );
    expect(committed).toEqual(packJsonSchema());
  });

  it('is strict and lists the required header fields', () => {
    const schema = packJsonSchema();
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(['format', 'formatVersion', 'id', 'name', 'version', 'author']);
  });
});
