/**
 * Reads a posted form without ever throwing: a malformed or unexpected body
 * reads as empty fields, which the page then answers with the spec's errors
 * (never a 500).
 */
import type { Context } from 'hono';

/** Longer than any real field; keeps a garbage post from echoing megabytes back. */
const MAX_FIELD_LENGTH = 500;

export interface FormFields {
  /** The field's text, trimmed of nothing; '' when missing, a file, or repeated as an array. */
  get(name: string): string;
}

export async function readForm(c: Context): Promise<FormFields> {
  let body: Record<string, unknown> = {};
  try {
    body = await c.req.parseBody();
  } catch {
    // Broken multipart or encoding: treat as an empty form.
  }
  return {
    get: (name) => {
      const value = Object.hasOwn(body, name) ? body[name] : undefined;
      return typeof value === 'string' ? value.slice(0, MAX_FIELD_LENGTH) : '';
    },
  };
}
