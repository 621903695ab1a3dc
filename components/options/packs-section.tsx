import { t } from '@/utils/i18n/t';
import { DataErrors } from './data-errors';
import { useOptionsModel } from './use-options-model';
import { PackImport } from './pack-import';
import { PackList } from './pack-list';
import { PackPreview } from './pack-preview';

/** Why packs the organisation set are ignored: each with where it sits in their list. */
function ManagedProblems() {
  const problems = useOptionsModel().managedProblems.value;
  return (
    <>
      {problems.map((problem) => (
        <DataErrors
          key={problem.position ?? 'list'}
          of="managed"
          title={`${t('managedProblemsTitle')} ${
            problem.position === null
              ? t('managedListProblem')
              : t('managedProblemAt', String(problem.position + 1))
          }`}
          errors={problem.errors}
        />
      ))}
    </>
  );
}

/** Guidance packs: import and check, preview, then the stored ones and the organisation's problems. */
export function PacksSection() {
  return (
    <section aria-labelledby="packs-heading">
      <h2 id="packs-heading">{t('packsHeading')}</h2>
      <p class="muted">{t('packsIntro')}</p>
      <PackImport />
      <PackPreview />
      <PackList />
      <ManagedProblems />
    </section>
  );
}
