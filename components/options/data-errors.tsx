/**
 * Why a pack or a report was rejected: every problem as "path — message",
 * the path being where to look in the JSON.
 */
import type { DataError } from '@/utils/data-file/data-error';

interface Props {
  title: string;
  errors: readonly DataError[];
  /** Which file it was about, for tests: `data-pack-errors` or `data-report-errors`. */
  of: 'pack' | 'report';
}

export function DataErrors({ title, errors, of }: Props) {
  if (errors.length === 0) return null;
  const hook =
    of === 'pack' ? { 'data-pack-errors': errors.length } : { 'data-report-errors': errors.length };
  return (
    <div role="alert" class="data-errors" {...hook}>
      <p class="error">{title}</p>
      <ul>
        {errors.map((e, i) => (
          <li key={`${e.path}-${i}`} data-path={e.path}>
            <code>{e.path}</code> — {e.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
