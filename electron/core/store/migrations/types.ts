import type { Database } from '../sqlite';

/** A numbered, forward-only schema step. Never edit one that has shipped: add the next. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  up(db: Database): void;
}
