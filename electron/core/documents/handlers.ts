import type { documentsMethods } from '../contract/letter-methods';
import { CoreError } from '../errors';
import type { DomainHandlers } from '../services';

// Being built: the review pack and the registers as PDFs.
const notYet = (): never => {
  throw new CoreError('conflict', 'This document is not available in this version yet.');
};

export const documentsHandlers: DomainHandlers<typeof documentsMethods> = () => ({
  'documents.reviewPack': notYet,
  'documents.oversightRegister': notYet,
  'documents.restrictionRegister': notYet,
});
