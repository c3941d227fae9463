// A detail's value as a person reads it, by the kind of field that holds it.
import { displayDate } from '../dates';
import type { FieldSpec } from './fields';

const NOT_RECORDED = 'Not recorded';

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

export function formatDetail(spec: FieldSpec, value: unknown, nameFor: (spec: FieldSpec, id: string) => string): string {
  switch (spec.kind) {
    case 'check':
      return value === true ? 'Yes' : 'No';
    case 'number':
      return typeof value === 'number' ? value.toLocaleString('en-GB') : NOT_RECORDED;
    case 'text':
      return typeof value === 'string' && value.trim() !== '' ? value : NOT_RECORDED;
    case 'date':
      return typeof value === 'string' ? displayDate(value) : NOT_RECORDED;
    case 'choice':
      return typeof value === 'string' ? (Object.hasOwn(spec.options, value) ? (spec.options[value] ?? value) : value) : NOT_RECORDED;
    case 'choices': {
      const chosen = strings(value).map((v) => spec.options[v] ?? v);
      return chosen.length ? chosen.join(', ') : 'None';
    }
    case 'person':
    case 'user':
    case 'record':
      return typeof value === 'string' ? nameFor(spec, value) : NOT_RECORDED;
    case 'people': {
      const names = strings(value).map((id) => nameFor(spec, id));
      return names.length ? names.join('; ') : 'None';
    }
    case 'length':
      if (typeof value !== 'object' || value === null || !('value' in value) || !('unit' in value)) return NOT_RECORDED;
      return typeof value.value === 'number' && typeof value.unit === 'string' ? `${value.value.toLocaleString('en-GB')} ${value.unit}` : NOT_RECORDED;
  }
}
