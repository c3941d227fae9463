// Each letter type's wording, in one map: the type checker holds it complete.
import type { LetterType } from '../../contract';
import type { LetterBasis, Wording } from './basis';
import { agreement, restriction, withdrawal } from './decisions';
import { endOfShortTerm, missedSessions } from './sessions';
import { verbalConfirmation, warningExpired, writtenWarning } from './warnings';

export const WORDING: Readonly<Record<LetterType, (b: LetterBasis) => Wording>> = {
  verbal_warning_confirmation: verbalConfirmation,
  written_warning: writtenWarning,
  withdrawal_of_service: withdrawal,
  communication_agreement: agreement,
  contact_restriction: restriction,
  missed_sessions_notice: missedSessions,
  end_of_short_term_counselling: endOfShortTerm,
  warning_expired: warningExpired,
};

export type { AgreementTerms, LetterBasis, Wording } from './basis';
