/**
 * One problem in an untrusted file (a pack, a report), located by a JSON path
 * that always starts with `$`, so the person fixing it knows where to look.
 */
export interface DataError {
  path: string;
  message: string;
}
