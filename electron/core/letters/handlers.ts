import type { lettersMethods } from '../contract/letter-methods';
import { CoreError } from '../errors';
import type { DomainHandlers } from '../services';

const notYet = (): never => {
  throw new CoreError('conflict', 'Letters are not available in this version yet.');
};

export const lettersHandlers: DomainHandlers<typeof lettersMethods> = () => ({
  'letters.list': notYet,
  'letters.options': notYet,
  'letters.draft': notYet,
  'letters.get': notYet,
  'letters.update': notYet,
  'letters.preview': notYet,
  'letters.sign': notYet,
  'letters.void': notYet,
  'letters.export': notYet,
  'letters.verify': notYet,
  'letters.awaitingSignature': notYet,
  'letterhead.get': notYet,
  'letterhead.set': notYet,
});
