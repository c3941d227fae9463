// Text that cannot be stored as it was given. A JavaScript string may hold a lone UTF-16
// surrogate (half of an emoji, cut by a careless truncation or forged over IPC); SQLite stores
// UTF-8, which has no way to write one, so it became U+FFFD on the way in: the store silently
// held something other than what was entered. The router refuses such input instead, naming the
// field, and the bundle importer does the same for the strings inside a bundle.

type Key = string | number;

const isWellFormed = (text: string): boolean => (text as unknown as { isWellFormed(): boolean }).isWellFormed();

/**
 * The path to the first string (or object key) in `value` that is not well-formed UTF-16, or null.
 * Iterative, so a deeply nested value cannot overflow the stack.
 */
export function findIllFormedText(value: unknown): Key[] | null {
  const stack: { value: unknown; path: Key[] }[] = [{ value, path: [] }];
  while (stack.length > 0) {
    const { value: v, path } = stack.pop()!;
    if (typeof v === 'string') {
      if (!isWellFormed(v)) return path;
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i], path: [...path, i] });
    } else if (v !== null && typeof v === 'object') {
      for (const [k, child] of Object.entries(v).reverse()) {
        if (!isWellFormed(k)) return [...path, k];
        stack.push({ value: child, path: [...path, k] });
      }
    }
  }
  return null;
}

export const ILL_FORMED_MESSAGE = 'holds a broken character (half of a surrogate pair) that cannot be stored: retype or paste the text again';
