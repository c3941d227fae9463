import type { lettersMethods } from '../contract/letter-methods';
import type { DomainHandlers } from '../services';
import { awaitingSignature, draftLetter, getLetter, letterOptionsFor, listLetters, updateLetter } from './drafts';
import { readLetterhead, setLetterhead } from './letterhead';
import { exportLetter, previewLetter, signLetter, voidLetter } from './signed';
import { verifyLetters } from './verify';

export const lettersHandlers: DomainHandlers<typeof lettersMethods> = ({ writer }) => ({
  'letters.list': (input) => listLetters(writer(), input.caseId),
  'letters.options': (input) => letterOptionsFor(writer(), input.caseId),
  'letters.draft': (input) => draftLetter(writer(), input),
  'letters.get': (input) => getLetter(writer(), input.letterId),
  'letters.update': (input) => updateLetter(writer(), input),
  'letters.preview': (input) => previewLetter(writer(), input.letterId),
  'letters.sign': (input) => signLetter(writer(), input),
  'letters.void': (input) => voidLetter(writer(), input),
  'letters.export': (input) => exportLetter(writer(), input),
  'letters.verify': () => verifyLetters(writer()),
  'letters.awaitingSignature': () => awaitingSignature(writer()),
  'letterhead.get': () => readLetterhead(writer().db),
  'letterhead.set': (input) => setLetterhead(writer(), input),
});
