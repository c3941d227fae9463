// The wizard's choices and labels, from the contract's import vocabulary: the first accepted
// word for each value is its label, so the screen shows the words the file may use.
import {
  CONTACT_IMPORT_FIELDS,
  CONTACT_IMPORT_FIELD_LABELS,
  DIRECTION_WORDS,
  IMPORT_DATE_FORMAT_LABELS,
  LINE_WORDS,
  MEDIUM_WORDS,
  PURPOSE_WORDS,
  type ContactImportField,
} from '../../../electron/core/contract/transfer';

// A type alias, not an interface: Naive UI's option type has an index signature, which only
// object literal types satisfy.
export type Option<V extends string> = { label: string; value: V };

function wordOptions<V extends string>(words: Readonly<Record<V, readonly string[]>>): Option<V>[] {
  return (Object.keys(words) as V[]).map((value) => ({ value, label: words[value][0] ?? value }));
}

export const mediumOptions = wordOptions(MEDIUM_WORDS);
export const lineOptions = wordOptions(LINE_WORDS);
export const directionOptions = wordOptions(DIRECTION_WORDS);
export const purposeOptions = wordOptions(PURPOSE_WORDS);
export const dateFormatOptions = wordOptions({ uk: [IMPORT_DATE_FORMAT_LABELS.uk], iso: [IMPORT_DATE_FORMAT_LABELS.iso] });

/** The label a value of one of the vocabularies shows (the id itself if it has none). */
export function wordLabel<V extends string>(words: Readonly<Record<V, readonly string[]>>, value: V): string {
  return words[value][0] ?? value;
}

/** The fields in the order the mapping grid lists them: the date first, the rarely used last. */
export const MAPPED_FIELDS: readonly { field: ContactImportField; label: string }[] = CONTACT_IMPORT_FIELDS.map((field) => ({
  field,
  label: CONTACT_IMPORT_FIELD_LABELS[field],
}));
