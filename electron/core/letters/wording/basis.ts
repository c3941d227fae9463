// What a letter's wording is written from: plain data gathered by letters/sources.ts. The
// wording itself is pure (basis in, paragraphs out), so each type's text is testable alone.
import type { LetterReason, LetterType, Letterhead, Service } from '../../contract';
import type { Proposal, Warning } from '../../policy/casework-model';
import type { Organisation } from '../letterhead';

export type SectionKey = 'opening' | 'expected' | 'consequence' | 'live_period' | 'review' | 'appeal' | 'complaints' | 'closing';

export interface AgreementTerms {
  readonly recordId: string;
  readonly startsOn: string;
  readonly reviewOn: string;
  readonly singlePointOfContact: string | null;
  readonly agreedFrequency: string;
  readonly allowedChannels: readonly string[];
  readonly onlyNewIssuesAnswered: boolean;
  readonly ignoredUnlessRelevantToOpenIssue: boolean;
  readonly styleRequirement: string;
}

export interface LetterBasis {
  readonly type: LetterType;
  readonly letterDate: string;
  readonly organisation: Organisation;
  readonly letterhead: Letterhead;
  readonly client: { readonly name: string; readonly address: string };
  readonly service: Service;
  readonly startDate: string;
  readonly boundariesExplainedOn: string | null;
  /** Reasons drawn from the evidence: each record's fact with its date. */
  readonly reasons: readonly LetterReason[];
  readonly warning: (Warning & { readonly liveUntil: string | null }) | null;
  /** The approved proposal (with its decision) a withdrawal, restriction or agreement letter follows. */
  readonly proposal: Proposal | null;
  /** Earlier warnings on the same criteria, live when the decision was taken. */
  readonly priorWarnings: readonly Warning[];
  readonly agreement: AgreementTerms | null;
  readonly sessionsAttended: number;
}

export interface Wording {
  readonly subject: string;
  readonly reasonsIntro: string;
  readonly sections: Partial<Record<SectionKey, string>>;
}
