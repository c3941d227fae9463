import type { transferMethods } from '../contract/transfer';
import type { DomainHandlers } from '../services';
import { importContacts, previewContactImport } from './contact-import';

export const transferHandlers: DomainHandlers<typeof transferMethods> = ({ writer }) => ({
  'contacts.previewImport': (input, ctx) => previewContactImport(writer(), input, ctx),
  'contacts.import': (input, ctx) => importContacts(writer, input, ctx),
});
