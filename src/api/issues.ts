// Turns the core's issues ({path, message}) into per-field messages for a form. Paths are the
// contract's (e.g. "director.login"); each form says which of its fields a path belongs to.
import type { Issue } from './client';

export type FieldMessages<F extends string> = Partial<Record<F, string>>;

export interface PlacedIssues<F extends string> {
  readonly fields: FieldMessages<F>;
  /** Issues no field of this form owns: the form shows them in its alert instead. */
  readonly unplaced: readonly Issue[];
}

/** "must be at least 12 characters" → "Must be at least 12 characters", shown under its label. */
function sentence(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1);
}

export function placeIssues<F extends string>(issues: readonly Issue[], pathToField: Readonly<Record<string, F>>): PlacedIssues<F> {
  const fields: FieldMessages<F> = {};
  const unplaced: Issue[] = [];
  for (const issue of issues) {
    const field = Object.hasOwn(pathToField, issue.path) ? pathToField[issue.path] : undefined;
    if (field === undefined) unplaced.push(issue);
    // The first message for a field is the one the core found first; keep it.
    else fields[field] ??= sentence(issue.message);
  }
  return { fields, unplaced };
}
