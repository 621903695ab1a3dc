/**
 * "This page looks different": what the guide records when it cannot find
 * the control it expected. Only ids — the page id, the step, and which of the
 * spec's labels were and were not on the page — never page text or input.
 */
import { z } from 'zod/mini';
import { STEP_IDS } from '../flow/steps';
import { SITES } from '../site/sites';

const labelIds = z.array(z.string().check(z.regex(/^[a-zA-Z0-9]{1,40}$/))).check(z.maxLength(64));

export const diagnosticSchema = z.strictObject({
  at: z.number(),
  site: z.enum(SITES),
  pageId: z.nullable(z.string().check(z.maxLength(64))),
  step: z.nullable(z.enum(STEP_IDS)),
  /** The label id of the control the guide looked for (null: none expected on this page). */
  expected: z.nullable(z.string().check(z.maxLength(40))),
  /** Spec labels seen on the page, and spec labels the page id's rule set expects but were absent. */
  found: labelIds,
  missing: labelIds,
});

export type Diagnostic = z.infer<typeof diagnosticSchema>;
