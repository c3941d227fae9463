// Record details and casework payloads are the API's own schemas, which drop keys they do not
// know. A bundle is strict everywhere else, so a mistyped key in a hand-edited bundle ("reasosn")
// would vanish silently and a default would take its place; this finds such keys by comparing
// the JSON as written with what the schema kept.
import type { Issues, Path } from './bundle-issues';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reports every key of `raw` (at any depth) that the parsed value `kept` does not have. */
export function strayKeys(raw: unknown, kept: unknown, at: Path, issues: Issues): void {
  if (Array.isArray(raw) && Array.isArray(kept)) {
    raw.forEach((item, i) => strayKeys(item, kept[i], [...at, i], issues));
    return;
  }
  if (!isObject(raw) || !isObject(kept)) return;
  // Own keys only: JSON.parse makes "__proto__" an own key, and every object inherits one.
  const extra = Object.keys(raw).filter((k) => !Object.hasOwn(kept, k));
  if (extra.length) issues.add(at, `Unrecognized key${extra.length > 1 ? 's' : ''}: ${extra.map((k) => JSON.stringify(k)).join(', ')}`);
  for (const k of Object.keys(kept)) if (Object.hasOwn(raw, k)) strayKeys(raw[k], kept[k], [...at, k], issues);
}
