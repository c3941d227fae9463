// Where a letter lives in the address: the case page's Letters tab with the letter open
// (?tab=letters&letter=…), or with a letter to draft from a source (?tab=letters&draft=…&from=…),
// which the tab drafts once and then replaces with the new letter's own address.
import { LETTER_SOURCE_KINDS, LETTER_TYPES, type LetterSource, type LetterType } from '../../../electron/core/contract';
import type { LocationQuery, RouteLocationRaw } from 'vue-router';

export const letterLink = (caseId: string, letterId: string): RouteLocationRaw => ({ name: 'case', params: { caseId }, query: { tab: 'letters', letter: letterId } });

/** A "Draft letter" action's destination: the tab drafts this type from this source. */
export function draftLink(caseId: string, type: LetterType, source: LetterSource): RouteLocationRaw {
  return { name: 'case', params: { caseId }, query: { tab: 'letters', draft: type, from: source.kind, ...(source.id ? { fromId: source.id } : {}) } };
}

const one = (value: LocationQuery[string] | undefined): string | null => (typeof value === 'string' ? value : null);

export interface DraftRequest {
  readonly type: LetterType;
  readonly source: LetterSource | undefined;
}

/** The draft an address asks for, or null when it asks for none (or for one no letter has). */
export function draftRequested(query: LocationQuery): DraftRequest | null {
  const type = LETTER_TYPES.find((t) => t === one(query.draft));
  if (!type) return null;
  const kind = LETTER_SOURCE_KINDS.find((k) => k === one(query.from));
  return { type, source: kind ? { kind, id: one(query.fromId) } : undefined };
}

export const letterRequested = (query: LocationQuery): string | null => one(query.letter);
