// One form's conversation with the core: a busy flag for the submit button, per-field messages
// from the core's issues, and an alert for whatever no field owns. The form's values are never
// touched here, so nothing the user typed is lost when the core says no.
import { ref, shallowRef, watch, type Ref } from 'vue';
import { isApiFailure } from '../api/client';
import { placeIssues, type FieldMessages } from '../api/issues';

export interface CoreForm<F extends string> {
  readonly errors: Ref<FieldMessages<F>>;
  readonly alert: Ref<string | null>;
  readonly busy: Ref<boolean>;
  /** Sets a message the renderer itself found (e.g. a confirmation that does not match). */
  fail(field: F, message: string): void;
  clear(): void;
  /** Runs one request: its answer in a box, or null if the core refused it (the refusal is now shown). */
  submit<T>(request: () => Promise<T>): Promise<{ readonly value: T } | null>;
}

/**
 * `values`, when given, is the form's reactive model: a field's message goes away as soon as the
 * user changes that field, so a corrected choice never sits under a stale complaint.
 */
export function useCoreForm<F extends string>(pathToField: Readonly<Record<string, F>>, values?: Readonly<Partial<Record<F, unknown>>>): CoreForm<F> {
  // Shallow: the whole set of messages is replaced on every submit, never edited in place.
  const errors = shallowRef<FieldMessages<F>>({});
  const alert = ref<string | null>(null);
  const busy = ref(false);

  function clear(): void {
    errors.value = {};
    alert.value = null;
  }

  function fail(field: F, message: string): void {
    const next: FieldMessages<F> = { ...errors.value };
    next[field] = message;
    errors.value = next;
  }

  function dismiss(field: F): void {
    if (errors.value[field] === undefined) return;
    const next: FieldMessages<F> = { ...errors.value };
    delete next[field];
    errors.value = next;
  }

  if (values) {
    // 'sync': a change dismisses at once, so a message set by the submit that follows is kept.
    for (const field of Object.keys(values) as F[]) watch(() => values[field], () => dismiss(field), { flush: 'sync' });
  }

  async function submit<T>(request: () => Promise<T>): Promise<{ readonly value: T } | null> {
    if (busy.value) return null; // Enter pressed twice must not send the request twice
    clear();
    busy.value = true;
    try {
      return { value: await request() };
    } catch (error) {
      if (!isApiFailure(error)) throw error;
      const placed = placeIssues(error.issues, pathToField);
      errors.value = placed.fields;
      // The core's message is the alert unless every issue already sits beside its field.
      if (error.issues.length === 0 || placed.unplaced.length > 0) alert.value = error.message;
      return null;
    } finally {
      busy.value = false;
    }
  }

  return { errors, alert, busy, fail, clear, submit };
}
