// Arbitraries for knocking on the core's doors: hostile values of every kind, and inputs shaped
// by a method's own zod schema (the right keys, mostly plausible values, now and then a wrong
// type, a huge string or a prototype-pollution key in the middle). The schema-shaped ones get
// past validation often enough to exercise the services behind it, which pure noise never does.
import fc from 'fast-check';
import type { z } from 'zod';

/** Built once: generating megabytes per run would spend the time budget on allocation. */
const HUGE = 'x'.repeat(2_000_000);
const HUGE_UNICODE = '\u{1F600}é\u0000'.repeat(300_000);

function deeplyNested(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  // fast-check prints counterexamples recursively: tell it a short name instead.
  Object.defineProperty(value, fc.toStringMethod, { value: () => `<nested ${depth} deep>`, enumerable: false });
  return value;
}
const DEEP = deeplyNested(20_000);

/** Own properties named like the prototype chain: JSON.parse makes them, as IPC or a file would. */
const POLLUTERS: readonly unknown[] = [
  JSON.parse('{"__proto__": {"polluted": "yes", "isAdmin": true}}'),
  JSON.parse('{"constructor": {"prototype": {"polluted": "yes"}}}'),
  JSON.parse('{"__proto__": null, "toString": "not a function", "valueOf": 1, "hasOwnProperty": "nope"}'),
  Object.create(null),
  Object.assign(Object.create(null), { then: 'not a promise' }),
];

const weirdStrings = fc.constantFrom(
  '',
  ' ',
  '\u0000',
  '\uD800', // lone high surrogate
  '\uDFFF', // lone low surrogate
  'a\uD83Db', // a high surrogate before a non-surrogate
  '\uFFFD',
  '\uFEFF',
  '\u202Eevil\u202C', // right-to-left override
  '\r\n\t',
  '=HYPERLINK("http://x","y")',
  "'; DROP TABLE people; --",
  '%s%n%x',
  '../../../etc/passwd',
  '__proto__',
  'constructor',
  'NaN',
  '1e999',
  '00000000-0000-0000-0000-000000000000',
  'FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF',
  '2026-02-30',
  '2026-13-01T25:61:61Z',
  '0000-01-01',
  '9999-12-31T23:59:59.999Z',
  '+275760-09-13T00:00:00Z',
  HUGE,
  HUGE_UNICODE,
);

const weirdNumbers = fc.constantFrom(NaN, Infinity, -Infinity, -0, 0.5, -1, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, Number.MIN_VALUE, 2 ** 31, -(2 ** 31) - 1);

/** An object with these own properties, even ones named __proto__ (as JSON.parse would make them). */
export function ownProperties(entries: Iterable<readonly [string, unknown]>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of entries) Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  return out;
}

/** Any value at all, with the kinds of nastiness that reach a core through IPC or a file. */
export const hostile: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true, withSparseArray: true, withTypedArray: true, withBoxedValues: true, withObjectString: true, stringUnit: 'binary', maxDepth: 4 }) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
  { weight: 2, arbitrary: weirdStrings },
  { weight: 1, arbitrary: weirdNumbers },
  { weight: 1, arbitrary: fc.constantFrom(...POLLUTERS, DEEP, undefined, null, true, [], {}, [[[[]]]]) },
  { weight: 1, arbitrary: fc.array(fc.tuple(fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'then', 'length'), fc.jsonValue({ maxDepth: 2 }))).map(ownProperties) },
);

/** What the schema walker may draw on: ids and words that exist in the store under test. */
export interface Pools {
  readonly ids: readonly string[];
  readonly words: readonly string[];
  /**
   * For fields that name a file or folder (see PATH_FIELD): paths inside a sandbox folder, and
   * ones that must be refused. A random absolute path could make a method that writes files
   * (a backup) write anywhere on the machine, so such fields never get random text.
   */
  readonly paths: fc.Arbitrary<string>;
  /** The ids that suit a field of this name (a case id for caseId), if the pools know. */
  readonly idsFor?: (key: string) => readonly string[] | undefined;
}

/** Field names that hold a file-system path in the contract (backup, restore, ...). */
export const PATH_FIELD = /(path|dir|directory|destination|folder|file)$/i;

type AnySchema = z.ZodType & { _zod: { def: Record<string, unknown> & { type: string } } };
type Check = { _zod: { def: Record<string, unknown> & { check: string } } };

function checksOf(schema: AnySchema): Check['_zod']['def'][] {
  return ((schema._zod.def.checks as Check[] | undefined) ?? []).map((c) => c._zod.def);
}

function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

const dates = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true });

function stringArb(schema: AnySchema, pools: Pools, key: string): fc.Arbitrary<string> {
  const format = schema._zod.def.format as string | undefined;
  if (format === 'uuid') {
    const hinted = pools.idsFor?.(key) ?? [];
    return fc.oneof(
      { weight: hinted.length ? 6 : 0, arbitrary: fc.constantFrom(...(hinted.length ? hinted : pools.ids)) },
      { weight: 2, arbitrary: fc.constantFrom(...pools.ids) },
      { weight: 1, arbitrary: fc.uuid() },
    );
  }
  if (format === 'date') return dates.map(isoDate);
  if (format === 'datetime') {
    return fc.oneof(
      dates.map((d) => d.toISOString()),
      fc.tuple(dates, fc.constantFrom('+01:00', '-05:30', '+14:00', 'Z')).map(([d, off]) => d.toISOString().slice(0, 19) + off),
    );
  }
  const checks = checksOf(schema);
  const regex = checks.find((c) => c.check === 'string_format' && c.format === 'regex');
  if (regex) return fc.stringMatching(regex.pattern as RegExp);
  const min = (checks.find((c) => c.check === 'min_length')?.minimum as number | undefined) ?? 0;
  const max = (checks.find((c) => c.check === 'max_length')?.maximum as number | undefined) ?? 100_000;
  return fc.oneof(
    { weight: 5, arbitrary: fc.string({ minLength: Math.max(min, 1), maxLength: Math.max(min, Math.min(max, 40)), unit: 'grapheme' }) },
    { weight: 3, arbitrary: fc.constantFrom(...pools.words) },
    { weight: 1, arbitrary: fc.string({ minLength: min, maxLength: Math.min(max, 20), unit: 'binary' }) },
    // The limits themselves, and one past them.
    { weight: 1, arbitrary: fc.constantFrom(...[min, max, max + 1].filter((n) => n <= 2_000_000).map((n) => 'y'.repeat(n))) },
  );
}

function numberArb(schema: AnySchema): fc.Arbitrary<number> {
  const checks = checksOf(schema);
  const integer = checks.some((c) => c.check === 'number_format');
  const min = checks.find((c) => c.check === 'greater_than')?.value as number | undefined;
  const max = checks.find((c) => c.check === 'less_than')?.value as number | undefined;
  const lo = min ?? -1_000_000;
  const hi = max ?? 1_000_000;
  const inRange = integer ? fc.integer({ min: lo, max: hi }) : fc.double({ min: lo, max: hi, noNaN: true });
  return fc.oneof({ weight: 5, arbitrary: inRange }, { weight: 1, arbitrary: fc.constantFrom(lo, hi, lo - 1, hi + 1) });
}

/** A path field: the sandbox's paths, or a hostile value that is not text (so never a random absolute path). */
function pathArb(pools: Pools): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 8, arbitrary: pools.paths }, { weight: 1, arbitrary: hostile.filter((v) => typeof v !== 'string' && v !== DEEP) });
}

/**
 * Values shaped by a zod 4 schema, meant to pass validation most of the time: ids from the pools
 * (the kind the field's name asks for, when the pools know), dates and times that parse, enum
 * members, text within its limits (and at them, and one past).
 */
export function fromSchema(schema: z.ZodType, pools: Pools, key = ''): fc.Arbitrary<unknown> {
  const s = schema as AnySchema;
  const def = s._zod.def;
  switch (def.type) {
    case 'object': {
      const shape = def.shape as Record<string, z.ZodType>;
      const keys = Object.keys(shape);
      const required = keys.filter((k) => !['optional', 'default', 'prefault'].includes((shape[k] as AnySchema)._zod.def.type));
      const fields = Object.fromEntries(keys.map((k) => [k, PATH_FIELD.test(k) ? pathArb(pools) : fromSchema(shape[k]!, pools, k)]));
      return fc.record(fields, { requiredKeys: required });
    }
    case 'string':
      return stringArb(s, pools, key);
    case 'number':
      return numberArb(s);
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries as Record<string, string>));
    case 'literal':
      return fc.constantFrom(...(def.values as unknown[]));
    case 'array': {
      const checks = checksOf(s);
      const min = (checks.find((c) => c.check === 'min_length')?.minimum as number | undefined) ?? 0;
      const max = (checks.find((c) => c.check === 'max_length')?.maximum as number | undefined) ?? 4;
      return fc.array(fromSchema(def.element as z.ZodType, pools, key), { minLength: min, maxLength: Math.max(min, Math.min(max, 4)) });
    }
    case 'optional':
    case 'default':
    case 'prefault':
      return fc.option(fromSchema(def.innerType as z.ZodType, pools, key), { nil: undefined, freq: 3 });
    case 'nullable':
      return fc.option(fromSchema(def.innerType as z.ZodType, pools, key), { nil: null, freq: 3 });
    case 'union':
      return fc.oneof(...(def.options as z.ZodType[]).map((o) => fromSchema(o, pools, key)));
    case 'record':
      return fc.dictionary(fc.oneof(fc.constantFrom(...pools.words), fc.string({ maxLength: 12 })), fromSchema(def.valueType as z.ZodType, pools, key), { maxKeys: 4 });
    case 'pipe':
      return fromSchema(def.in as z.ZodType, pools, key);
    default:
      // A schema kind the contract does not use today: noise is still a fair test.
      return hostile;
  }
}

type Key = string | number;

/** Every node of a value (the root included) as its path of keys. */
function nodePaths(value: unknown, path: Key[] = [], out: Key[][] = []): Key[][] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((v, i) => nodePaths(v, [...path, i], out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) nodePaths(v, [...path, k], out);
  return out;
}

/** A copy of `value` with the node at `path` replaced (or, with `remove`, its key deleted). */
function rewrite(value: unknown, path: readonly Key[], replacement: unknown, remove: boolean): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path as [Key, ...Key[]];
  if (Array.isArray(value)) {
    const copy = [...value];
    if (remove && rest.length === 0) copy.splice(Number(head), 1);
    else copy[Number(head)] = rewrite(value[Number(head)], rest, replacement, remove);
    return copy;
  }
  const entries = Object.entries(value as object).filter(([k]) => !(remove && rest.length === 0 && k === head));
  return ownProperties(entries.map(([k, v]) => [k, k === head ? rewrite(v, rest, replacement, remove) : v] as const));
}

const DANGEROUS_KEYS = ['__proto__', 'constructor', 'prototype', 'isAdmin', 'role', 'userId', 'extra'];

/**
 * One mistake in an otherwise plausible value: a node swapped for a hostile value (a wrong type,
 * NaN, a huge string, a polluted object), a required key dropped, or a dangerous key added.
 * Path fields only ever get hostile values that are not text (see Pools.paths).
 */
export function mutatedOnce(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc
    .tuple(valid, fc.nat(), fc.constantFrom('replace', 'replace', 'replace', 'remove', 'add'), hostile, fc.constantFrom(...DANGEROUS_KEYS))
    .map(([value, pick, how, bad, dangerousKey]) => {
      const paths = nodePaths(value);
      const path = paths[pick % paths.length]!;
      const last = path.at(-1);
      if (how === 'add') {
        const objects = paths.filter((p) => {
          const node = p.reduce<unknown>((v, k) => (v as Record<Key, unknown>)[k], value);
          return node !== null && typeof node === 'object' && !Array.isArray(node);
        });
        if (objects.length === 0) return bad;
        const at = objects[pick % objects.length]!;
        const node = at.reduce<unknown>((v, k) => (v as Record<Key, unknown>)[k], value) as object;
        return rewrite(value, at, ownProperties([[dangerousKey, bad], ...Object.entries(node)]), false);
      }
      const safe = typeof last === 'string' && PATH_FIELD.test(last) && typeof bad === 'string' ? null : bad;
      return rewrite(value, path, safe, how === 'remove' && path.length > 0);
    });
}

/** For a method's input: pure noise now and then, schema-shaped values most of the time. */
export function inputFor(schema: z.ZodType, pools: Pools): fc.Arbitrary<unknown> {
  const valid = fromSchema(schema, pools);
  return fc.oneof({ weight: 1, arbitrary: hostile }, { weight: 3, arbitrary: valid }, { weight: 3, arbitrary: mutatedOnce(valid) });
}
