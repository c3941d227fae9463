// Import problems, each at a JSON path into the bundle ("cases[0].records[3].versions[0].details.medium"),
// collected across every check so one attempt reports them all; nothing is written while any exists.
import type { ErrorCode } from '../contract';
import { CoreError } from '../errors';

export type Path = readonly (string | number)[];
export type IssueKind = 'invalid' | 'conflict' | 'forbidden';

export interface BundleIssue {
  readonly path: string;
  readonly message: string;
  readonly kind: IssueKind;
}

/** JavaScript-style path: keys joined by dots, array indices in brackets. */
export function formatPath(path: Path): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out ? `.${part}` : part;
  return out || '(bundle)';
}

export class Issues {
  readonly list: BundleIssue[] = [];

  add(path: Path, message: string, kind: IssueKind = 'invalid'): void {
    this.list.push({ path: formatPath(path), message, kind });
  }

  get empty(): boolean {
    return this.list.length === 0;
  }

  /** Throws the collected issues as one typed error; the first few are spelled out in the message. */
  throwIfAny(): void {
    if (this.empty) return;
    const code: ErrorCode = this.has('invalid') ? 'invalid_input' : this.has('conflict') ? 'conflict' : 'forbidden';
    const shown = this.list.slice(0, 5).map((i) => `${i.path}: ${i.message}`);
    const more = this.list.length > shown.length ? `; and ${this.list.length - shown.length} more` : '';
    const lead = code === 'conflict' ? 'conflicts with what this store already holds' : code === 'forbidden' ? 'holds records you may not import' : 'is not valid';
    throw new CoreError(
      code,
      `The bundle ${lead}, so nothing was imported: ${shown.join('; ')}${more}.`,
      // Bounded, so a bundle with a systematic mistake cannot produce a reply of millions of lines.
      this.list.slice(0, 500).map(({ path, message }) => ({ path, message })),
    );
  }

  /** For a step that cannot go on: throws the collected issues (there is always at least one). */
  fail(): never {
    this.throwIfAny();
    throw new CoreError('internal', 'The bundle could not be read, and no reason was recorded.');
  }

  private has(kind: IssueKind): boolean {
    return this.list.some((i) => i.kind === kind);
  }
}
