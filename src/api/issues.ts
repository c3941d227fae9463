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

/**
 * The field owning a path: the path itself, or else its nearest parent, so an issue about one
 * item of a list ("details.clientParties.0") or one part of a value ("details.length.value")
 * sits beside the field that holds the list or the value.
 */
function owner<F extends string>(path: string, pathToField: Readonly<Record<string, F>>): F | undefined {
  for (let at = path; at !== ''; at = at.includes('.') ? at.slice(0, at.lastIndexOf('.')) : '') {
    if (Object.hasOwn(pathToField, at)) return pathToField[at];
  }
  return undefined;
}

export function placeIssues<F extends string>(issues: readonly Issue[], pathToField: Readonly<Record<string, F>>): PlacedIssues<F> {
  const fields: FieldMessages<F> = {};
  const unplaced: Issue[] = [];
  for (const issue of issues) {
    const field = owner(issue.path, pathToField);
    if (field === undefined) unplaced.push(issue);
    // The first message for a field is the one the core found first; keep it.
    else fields[field] ??= sentence(issue.message);
  }
  return { fields, unplaced };
}
