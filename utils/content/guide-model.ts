/**
 * The on-page guide's state: what the page is, where the shopper stands, and
 * whether they hid the guide here. Signals, so the UI re-renders by itself.
 */
import { computed, signal } from '@preact/signals';
import type { Detection } from '../detect/matcher';
import { currentStep } from '../flow/progress';
import type { Progress } from '../flow/progress-schema';

export type GuideModel = ReturnType<typeof createGuideModel>;

export function createGuideModel() {
  const detection = signal<Detection | null>(null);
  const progress = signal<Progress | null>(null);
  /** The page id the shopper hid the guide on; showing another page shows it again. */
  const dismissedOn = signal<string | null>(null);

  const step = computed(() => (progress.value ? currentStep(progress.value) : null));
  const visible = computed(() => {
    const pageId = detection.value?.pageId;
    return !!pageId && !!progress.value && dismissedOn.value !== pageId;
  });

  return {
    detection,
    progress,
    dismissedOn,
    step,
    visible,
    dismiss() {
      dismissedOn.value = detection.value?.pageId ?? null;
    },
  };
}
