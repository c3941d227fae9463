// How a letter's state is shown: a draft still changes, a signed letter never does, a void one is kept but not sent.
import type { LetterSummary } from '../../../electron/core/contract';

export const STATUS_TAGS: Readonly<Record<LetterSummary['status'], { readonly label: string; readonly tone: 'warning' | 'success' | 'default' }>> = {
  draft: { label: 'Draft', tone: 'warning' },
  signed: { label: 'Signed', tone: 'success' },
  void: { label: 'Void', tone: 'default' },
};
