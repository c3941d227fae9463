// Ties a form item's label to its native input (label-for), and gives that input the stable
// test id the end-to-end test uses. Naive UI passes these through `label-props`/`input-props`.
import type { InputHTMLAttributes, LabelHTMLAttributes } from 'vue';

export interface FieldAttrs {
  readonly label: LabelHTMLAttributes;
  readonly input: InputHTMLAttributes & { readonly 'data-testid': string };
}

export function field(id: string, input: InputHTMLAttributes = {}): FieldAttrs {
  return { label: { for: id }, input: { ...input, id, 'data-testid': id } };
}

/** For a filterable select: its label focuses the search input (its test id stays on the select itself). */
export function labelled(id: string): { readonly label: LabelHTMLAttributes; readonly input: InputHTMLAttributes } {
  return { label: { for: id }, input: { id } };
}
