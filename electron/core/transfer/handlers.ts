import type { transferMethods } from '../contract/transfer';
import type { DomainHandlers } from '../services';

export const transferHandlers: DomainHandlers<typeof transferMethods> = () => ({});
