// An issue (SPEC 2): a matter the client raises; "the same issue" is always this record.
import type { DetailSpecs } from './types';

export const issueFields = {
  title: { kind: 'text', label: 'Title', wide: true },
  openedOn: { kind: 'date', label: 'Opened on' },
  resolvedOn: { kind: 'date', nullable: true, label: 'Resolved on' },
} satisfies DetailSpecs<'issue'>;
