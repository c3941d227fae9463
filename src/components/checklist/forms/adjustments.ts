// The reasonable-adjustments question as a form holds it (SPEC section 7: before any warning or
// restriction, whether a communication or support need or a disability explains the behaviour).
// Unanswered stays null and is sent as null, so the core's own refusal says what is missing.
import type { Input } from '../../../../electron/core/contract';

export interface AdjustmentsAnswer {
  needOrDisability: 'yes' | 'no' | null;
  explainsBehaviour: 'yes' | 'no';
  details: string;
  adjustmentsMade: string;
}

export const blankAdjustments = (): AdjustmentsAnswer => ({ needOrDisability: null, explainsBehaviour: 'no', details: '', adjustmentsMade: '' });

export function adjustmentsInput(answer: AdjustmentsAnswer): Input<'ladder.warn'>['adjustments'] {
  if (answer.needOrDisability === null) return null;
  const need = answer.needOrDisability === 'yes';
  return { needOrDisability: need, explainsBehaviour: need && answer.explainsBehaviour === 'yes', details: answer.details, adjustmentsMade: answer.adjustmentsMade };
}

/** Where the core's issues about the answer sit in a form. */
export const ADJUSTMENT_PATHS = {
  adjustments: 'adjustments',
  'adjustments.needOrDisability': 'adjustments',
  'adjustments.explainsBehaviour': 'adjustments',
  'adjustments.details': 'adjustments',
  'adjustments.adjustmentsMade': 'adjustmentsMade',
} as const;
