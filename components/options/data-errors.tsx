/**
 * Why a pack or a report was rejected: every problem as "path — message",
 * the path being where to look in the JSON, the message in the language the
 * page speaks now (issue #11).
 */
import type { DataError } from '@/utils/data-file/data-error';
import { sayText } from '@/utils/i18n/local-text';

interface Props {
  title: string;
  errors: readonly DataError[];
  /** What it was about, for tests: `data-pack-errors`, `data-report-errors` or `data-managed-errors`. */
  of: 'pack' | 'report' | 'managed';
}

export function DataErrors({ title, errors, of }: Props) {
  if (errors.length === 0) return null;
  const hook = { [`data-${of}-errors`]: errors.length };
  return (
    <div role="alert" class="data-errors" {...hook}>
      <p class="error">{title}</p>
      <ul>
        {errors.map((e, i) => (
          <li key={`${e.path}-${i}`} data-path={e.path}>
            <code>{e.path}</code> — {e.key ? sayText({ key: e.key, args: e.args }) : e.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
