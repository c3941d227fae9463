import { describe, expect, it } from 'vitest';
import { safe1 } from '../../../electron/core/analysis/flags/safe-1';
import { CaseBuilder } from './support/case-builder';
import { evaluateOne } from './support/complaints-sessions';

type Note = { reportRequired: boolean; reportedOn?: string | null; clinicalLeadConsultedOn?: string | null };
const note = (b: CaseBuilder, at: string, n: Note) => b.add('safeguarding_note', at, { concern: 'suicide_or_self_harm_disclosure', ...n });

describe('SAFE-1 safeguarding action due', () => {
  it('SAFE-1: a required report with no reported-on date is flagged, saying nothing of the note’s content', () => {
    const b = new CaseBuilder('counselling_open_ended');
    const id = note(b, '2026-03-03', { reportRequired: true });
    const findings = evaluateOne(b, safe1, '2026-03-10');
    expect(findings).toEqual([
      { summary: 'A safeguarding note of 3 March 2026 has no report to the safeguarding board recorded.', from: '2026-03-03', to: '2026-03-10', evidence: [id], staffId: null },
    ]);
    expect(findings?.[0]?.summary).not.toMatch(/suicide|self-harm|risk/i);
  });

  it('SAFE-1: a report not required with no clinical lead consultation is flagged', () => {
    const b = new CaseBuilder('online_tuition');
    const id = b.add('safeguarding_note', '2026-03-03', { concern: 'risk_to_others', reportRequired: false });
    expect(evaluateOne(b, safe1, '2026-03-03')).toEqual([
      { summary: 'A safeguarding note of 3 March 2026 has no consultation with the clinical lead recorded.', from: '2026-03-03', to: '2026-03-03', evidence: [id], staffId: null },
    ]);
  });

  it('SAFE-1: notes with the action recorded are not flagged; the other date does not stand in for it', () => {
    const b = new CaseBuilder('counselling_short_term');
    note(b, '2026-03-03', { reportRequired: true, reportedOn: '2026-03-04' });
    note(b, '2026-03-05', { reportRequired: false, clinicalLeadConsultedOn: '2026-03-05' });
    expect(evaluateOne(b, safe1, '2026-04-01')).toEqual([]);
    const reportedOnly = note(b, '2026-03-06', { reportRequired: false, reportedOn: '2026-03-06' });
    const consultedOnly = note(b, '2026-03-07', { reportRequired: true, clinicalLeadConsultedOn: '2026-03-07' });
    expect(evaluateOne(b, safe1, '2026-04-01')?.map((f) => f.evidence)).toEqual([[reportedOnly], [consultedOnly]]);
  });

  it('SAFE-1: a reported-on or consultation date after the as-of date is not yet recorded', () => {
    const b = new CaseBuilder('information_advice');
    const reported = note(b, '2026-03-03', { reportRequired: true, reportedOn: '2026-03-12' });
    const consulted = note(b, '2026-03-04', { reportRequired: false, clinicalLeadConsultedOn: '2026-03-11' });
    expect(evaluateOne(b, safe1, '2026-03-10')?.map((f) => [f.evidence, f.to])).toEqual([
      [[reported], '2026-03-10'],
      [[consulted], '2026-03-10'],
    ]);
    expect(evaluateOne(b, safe1, '2026-03-11')?.map((f) => f.evidence)).toEqual([[reported]]);
    expect(evaluateOne(b, safe1, '2026-03-12')).toEqual([]);
  });

  it('SAFE-1: a note after the as-of date is not considered; one finding per note', () => {
    const b = new CaseBuilder('in_practice_tuition');
    const first = note(b, '2026-03-03', { reportRequired: true });
    const second = note(b, '2026-03-20', { reportRequired: true });
    expect(evaluateOne(b, safe1, '2026-03-19')?.map((f) => f.evidence)).toEqual([[first]]);
    expect(evaluateOne(b, safe1, '2026-03-20')?.map((f) => f.evidence)).toEqual([[first], [second]]);
  });

  it('SAFE-1: applies to every service by default', () => {
    expect(safe1.services).toEqual({ default: ['online_tuition', 'in_practice_tuition', 'counselling_open_ended', 'counselling_short_term', 'information_advice'], origin: 'policy' });
  });
});
