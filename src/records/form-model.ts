// What the record form holds, and the moves between it and the contract: a blank form for a
// type, a stored record's values for a correction, and the request the core receives.
import type { ChronologyRecord, Input, RecordType } from '../../electron/core/contract';
import { fromWallClock, nowWallClock, toWallClock } from '../date-times';
import { fieldsOf, type FieldSpec, type FormValue, type LengthValue } from './fields';

export interface RecordFormState {
  /** London wall-clock time, as the date-time picker holds it. */
  occurredAt: string | null;
  fact: string;
  analysis: string;
  significant: boolean;
  /** Only for a correction: why the record is corrected. */
  reason: string;
  details: Record<string, FormValue>;
}

/** Field names the form's messages use: the common fields, then `details.<key>` (the contract's paths). */
export type RecordField = 'occurredAt' | 'fact' | 'analysis' | 'significant' | 'reason' | `details.${string}`;

function blankValue(spec: FieldSpec): FormValue {
  switch (spec.kind) {
    case 'check':
      return spec.initial ?? false;
    case 'number':
      return spec.initial ?? null;
    case 'text':
      return '';
    case 'choices':
    case 'people':
      return [];
    case 'length':
      return { unit: Object.keys(spec.units)[0] ?? 'minutes', value: null };
    default:
      return null;
  }
}

/** A stored value back into the form's shape; anything unexpected becomes the blank value. */
function formValue(spec: FieldSpec, value: unknown): FormValue {
  switch (spec.kind) {
    case 'check':
      return value === true;
    case 'number':
      return typeof value === 'number' ? value : null;
    case 'text':
      return typeof value === 'string' ? value : '';
    case 'choices':
    case 'people':
      return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
    case 'length':
      if (typeof value === 'object' && value !== null && 'unit' in value && 'value' in value && typeof value.unit === 'string' && typeof value.value === 'number') {
        return { unit: value.unit, value: value.value };
      }
      return blankValue(spec);
    default:
      return typeof value === 'string' ? value : null;
  }
}

export function blankForm(type: RecordType, now: Date = new Date()): RecordFormState {
  const details = Object.fromEntries(fieldsOf(type).map(({ key, spec }) => [key, blankValue(spec)]));
  return { occurredAt: nowWallClock(now), fact: '', analysis: '', significant: false, reason: '', details };
}

export function formOf(record: ChronologyRecord): RecordFormState {
  const stored: Readonly<Record<string, unknown>> = record.details;
  const details = Object.fromEntries(fieldsOf(record.type).map(({ key, spec }) => [key, formValue(spec, stored[key])]));
  return { occurredAt: toWallClock(record.occurredAt), fact: record.fact, analysis: record.analysis, significant: record.significant, reason: '', details };
}

const isLength = (value: FormValue): value is LengthValue => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The contract's value for a field; undefined lets the contract's default apply. */
function contractValue(spec: FieldSpec, value: FormValue): unknown {
  if (spec.kind === 'length') return isLength(value) && value.value !== null ? { unit: value.unit, value: value.value } : null;
  if (spec.kind === 'number') return value ?? undefined;
  return value;
}

/**
 * The renderer's own messages: choices not yet made, which the contract's types cannot carry.
 * Everything else (text, dates, references, rules between fields) is the core's to check.
 */
export function missingChoices(type: RecordType, state: RecordFormState): { readonly field: RecordField; readonly message: string }[] {
  const missing: { field: RecordField; message: string }[] = [];
  if (fromWallClock(state.occurredAt) === null) missing.push({ field: 'occurredAt', message: 'Choose the date and time' });
  for (const { key, spec } of fieldsOf(type)) {
    if (spec.nullable || state.details[key] !== null) continue;
    if (spec.visibleWhen && !spec.visibleWhen(state.details)) continue;
    missing.push({ field: `details.${key}`, message: spec.kind === 'date' ? 'Choose a date' : spec.kind === 'number' ? 'Enter a number' : 'Choose one' });
  }
  return missing;
}

function detailsOf(type: RecordType, state: RecordFormState): Record<string, unknown> {
  return Object.fromEntries(fieldsOf(type).map(({ key, spec }) => [key, contractValue(spec, state.details[key] ?? null)]));
}

/**
 * The request for a new record. The details are gathered field by field from the type's
 * description, which the compiler holds to the contract (fields/types.ts); the core validates
 * every value again, so this is the one place the renderer asserts the request's shape.
 */
export function newRecordInput(caseId: string, type: RecordType, state: RecordFormState): Input<'records.create'> {
  const common = { caseId, type, occurredAt: fromWallClock(state.occurredAt) ?? '', fact: state.fact, analysis: state.analysis, significant: state.significant };
  return { ...common, details: detailsOf(type, state) } as Input<'records.create'>;
}

export function correctionInput(record: ChronologyRecord, state: RecordFormState): Input<'records.correct'> {
  const common = {
    recordId: record.id,
    expectedVersion: record.version,
    reason: state.reason,
    type: record.type,
    occurredAt: fromWallClock(state.occurredAt) ?? '',
    fact: state.fact,
    analysis: state.analysis,
    significant: state.significant,
  };
  return { ...common, details: detailsOf(record.type, state) } as Input<'records.correct'>;
}
