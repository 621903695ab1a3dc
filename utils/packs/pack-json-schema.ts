/**
 * The JSON Schema for pack authors, generated from the zod schema so the two
 * cannot disagree. `npm run pack-schema` writes it to
 * public/packs/guidance-pack.schema.json, and a unit test fails if the
 * committed file differs from what this returns. Not imported by the
 * extension itself: it only reads packs with `parsePack`.
 */
import { toJSONSchema } from 'zod/mini';
import { packSchema } from './pack-schema';

export function packJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = toJSONSchema(packSchema, { target: 'draft-2020-12' });
  return {
    $schema,
    title: 'AliPay Card Guide guidance pack',
    description:
      'Per-step texts, tips, links and label wordings for the AliPay Card Guide extension. ' +
      'Plain text only; links must be https and go to AliExpress or AliPay. ' +
      'The extension also rejects files over 64 KB and the keys __proto__, constructor and prototype, ' +
      'texts with an email address, a @handle, a phone number or a web address outside AliExpress and AliPay, ' +
      'texts that ask for a PIN, password, code or card number, and wordings of the labels that prove a step ' +
      'done or show an error with fewer than 4 letters or digits.',
    ...rest,
  };
}
