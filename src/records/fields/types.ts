// How the record form describes a type's detail fields. Each type's description is checked
// against the contract by DetailSpecs: every field of the type must be described, and its kind
// must fit its value (an enum gets a choice with a label for every value, a boolean a checkbox,
// a list a multi-select, a nullable value `nullable: true`), so a contract change breaks the build.
import type { RecordDetails, RecordType } from '../../../electron/core/contract';

/** Where a person reference's choices come from. */
export type PersonSource = 'clientSide' | 'staff';
/** Users are chosen through their staff person (users.list is for the director only). */
export type UserSource = 'clinicalLead' | 'anyUser';
export type RecordRefType = 'issue' | 'session';

export interface LengthValue<U extends string = string> {
  unit: U;
  value: number | null;
}

/** A value as the form holds it: a choice not yet made is null. */
export type FormValue = string | number | boolean | string[] | LengthValue | null;

type FormValueOf<V> = [NonNullable<V>] extends [boolean]
  ? boolean
  : [NonNullable<V>] extends [number]
    ? number | null
    : [NonNullable<V>] extends [readonly (infer E)[]]
      ? E[]
      : [NonNullable<V>] extends [{ unit: infer U extends string; value: number }]
        ? LengthValue<U>
        : NonNullable<V> | null;

/** A type's details as its form holds them. */
export type FormDetails<D> = { [K in keyof D]-?: FormValueOf<D[K]> };

interface Common<Values> {
  readonly label: string;
  /** Shown under the field until the core has something to say about it. */
  readonly hint?: string;
  /** Takes the whole width of the form (long text, multi-selects). */
  readonly wide?: boolean;
  /** Method syntax on purpose: a type's own test narrows what the generic form passes in. */
  visibleWhen?(details: Values): boolean;
}

export interface ChoiceSpec<K extends string = string> {
  readonly kind: 'choice';
  readonly options: Readonly<Record<K, string>>;
}
export interface ChoicesSpec<K extends string = string> {
  readonly kind: 'choices';
  readonly options: Readonly<Record<K, string>>;
}
export interface CheckSpec {
  readonly kind: 'check';
  readonly initial?: boolean;
}
export interface NumberSpec {
  readonly kind: 'number';
  readonly min: number;
  readonly step: number;
  readonly initial?: number;
}
export interface TextSpec {
  readonly kind: 'text';
  readonly multiline?: boolean;
}
export interface DateSpec {
  readonly kind: 'date';
}
export interface PersonSpec {
  readonly kind: 'person';
  readonly from: PersonSource;
}
export interface PeopleSpec {
  readonly kind: 'people';
  readonly from: PersonSource;
}
export interface UserSpec {
  readonly kind: 'user';
  readonly from: UserSource;
}
export interface RecordRefSpec {
  readonly kind: 'record';
  readonly recordType: RecordRefType;
}
export interface LengthSpec<U extends string = string> {
  readonly kind: 'length';
  readonly units: Readonly<Record<U, string>>;
}

type Flag<V> = null extends V ? { readonly nullable: true } : { readonly nullable?: false };

type StringSpec<V> = string extends NonNullable<V>
  ? (TextSpec | DateSpec | PersonSpec | UserSpec | RecordRefSpec) & Flag<V>
  : ChoiceSpec<Extract<NonNullable<V>, string>> & Flag<V>;

/** The kinds of field that can hold a value of type V. */
export type SpecFor<V> = [NonNullable<V>] extends [boolean]
  ? CheckSpec
  : [NonNullable<V>] extends [number]
    ? NumberSpec
    : [NonNullable<V>] extends [readonly (infer E)[]]
      ? string extends E
        ? PeopleSpec
        : ChoicesSpec<Extract<E, string>>
      : [NonNullable<V>] extends [{ unit: infer U extends string; value: number }]
        ? LengthSpec<U> & Flag<V>
        : [NonNullable<V>] extends [string]
          ? StringSpec<V>
          : never;

/** Every detail field of record type T, described in the order the form shows them. */
export type DetailSpecs<T extends RecordType> = {
  readonly [K in keyof RecordDetails<T>]-?: SpecFor<RecordDetails<T>[K]> & Common<FormDetails<RecordDetails<T>>>;
};

/** Any one field's description, as the generic form and the record view read it. */
export type FieldSpec = (
  | ChoiceSpec
  | ChoicesSpec
  | CheckSpec
  | NumberSpec
  | TextSpec
  | DateSpec
  | PersonSpec
  | PeopleSpec
  | UserSpec
  | RecordRefSpec
  | LengthSpec
) & { readonly nullable?: boolean } & Common<FormValues>;

/** Any type's details as the form holds them. */
export type FormValues = Readonly<Record<string, FormValue>>;
