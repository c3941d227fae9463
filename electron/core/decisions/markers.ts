// The case's warnings and decisions as markers on the pairing-dynamic chart (SPEC section 3:
// "with complaints, warnings and incidents marked on it"), so the week a warning was given or a
// decision taken shows beside the contact that led to it.
import { weekStart } from '../analysis/dates';
import type { PairingData } from '../contract';
import type { Casework } from '../policy/casework-model';
import { LEVEL_WORDS, OUTCOME_WORDS } from './views';

export function caseworkMarkers(cw: Casework): PairingData['markers'] {
  const warnings = cw.warnings.map((w) => ({ recordId: w.id, kind: 'warning' as const, date: w.issuedOn, week: weekStart(w.issuedOn), label: `${LEVEL_WORDS[w.level]} (${w.criteria.join(', ')})`, staffId: null }));
  const decisions = cw.proposals.flatMap((p) =>
    p.decision?.approve ? [{ recordId: p.id, kind: 'decision' as const, date: p.decision.decidedOn, week: weekStart(p.decision.decidedOn), label: `${OUTCOME_WORDS[p.outcome]}${p.criteria.length ? ` (${p.criteria.join(', ')})` : ''}`, staffId: null }] : [],
  );
  return [...warnings, ...decisions];
}
