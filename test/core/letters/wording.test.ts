// Each letter type's wording is a pure function of its basis: these pin what SPEC sections 5 and 7
// require a letter to say (live period, review date, how to appeal and by when, the complaints
// route, the boundaries explained for W-1, contact under restriction still read), and the
// organisation-name mode that names no staff member (4.4).
import { describe, expect, it } from 'vitest';
import { letterhead } from '../../../electron/core/contract';
import { staffNameMatcher, withoutStaffNames } from '../../../electron/core/letters/checks';
import { WORDING, type LetterBasis } from '../../../electron/core/letters/wording';
import type { Proposal, Warning } from '../../../electron/core/policy/casework-model';

const actor = { userId: '00000000-0000-4000-8000-000000000001', fullName: 'Helen Treloar', role: 'director' as const };
const acted = { id: '00000000-0000-4000-8000-00000000000a', by: actor, recordedAt: '2026-03-10T10:00:00.000Z', recordedOn: '2026-03-10' };

function warning(level: 'verbal' | 'written', criteria: Warning['criteria'], liveUntil: string | null): LetterBasis['warning'] {
  return { ...acted, caseId: 'k', level, criteria, evidence: [], issuedOn: '2026-03-10', summary: 'Spoke about late calls.', livePeriodMonths: level === 'verbal' ? 6 : 12, reviewOn: '2026-06-10', confirmation: null, adjustments: null, liveUntil };
}

function basis(over: Partial<LetterBasis>): LetterBasis {
  return {
    type: 'verbal_warning_confirmation',
    letterDate: '2026-03-12',
    organisation: { name: 'Westcountry Learning Partnership', address: '1 Quay Street, Truro' },
    letterhead: letterhead.parse({ appealDays: 21, appealTo: 'the Chair of Trustees' }),
    client: { name: 'Dana Whitfield', address: '' },
    service: 'online_tuition',
    startDate: '2026-01-05',
    boundariesExplainedOn: '2026-01-05',
    reasons: [{ date: '2026-03-01', text: 'Phoned the tutor at 21:30.', recordId: null }],
    warning: null,
    proposal: null,
    priorWarnings: [],
    agreement: null,
    sessionsAttended: 0,
    ...over,
  };
}

describe('letter wording', () => {
  it('confirms a verbal warning with its live period, review date, appeal deadline and the boundaries explained for W-1', () => {
    const w = WORDING.verbal_warning_confirmation(basis({ warning: warning('verbal', ['W-1'], '2026-09-09') }));
    expect(w.sections.opening).toContain('On 10 March 2026 we gave you a verbal warning');
    expect(w.sections.opening).toContain('When your service began, on 5 January 2026, we explained our professional boundaries');
    expect(w.sections.live_period).toBe('This warning stays live for 6 months, until 9 September 2026. After that date it no longer counts towards any further action.');
    expect(w.sections.review).toContain('10 June 2026');
    expect(w.sections.appeal).toContain('Write to the Chair of Trustees by 2 April 2026');
    expect(w.sections.complaints).toMatch(/complaints procedure/);
  });

  it('leaves the boundaries out of a warning not naming W-1, and warns of restriction, not withdrawal, for W-8 alone', () => {
    const w = WORDING.written_warning(basis({ type: 'written_warning', warning: warning('written', ['W-8'], '2027-03-09') }));
    expect(w.sections.opening).not.toContain('professional boundaries');
    expect(w.sections.consequence).toContain('restrict the ways in which you can contact us');
  });

  it('tells a client under a contact restriction that their contact is still read and checked, with the review date', () => {
    const proposal = { ...acted, caseId: 'k', outcome: 'restrict', criteria: ['W-8'], evidence: [], rationale: 'x', restriction: { blockedLines: ['helpline', 'company_email'], reviewOn: '2026-09-15' }, agreementId: null, adjustments: null, consultation: null, reviews: [], decision: { ...acted, approve: true, reasons: 'y', decidedOn: '2026-03-15' } } satisfies Proposal;
    const w = WORDING.contact_restriction(basis({ type: 'contact_restriction', proposal }));
    expect(w.sections.expected).toContain('Please do not contact us through the helpline and staff members’ work email addresses.');
    expect(w.sections.consequence).toContain('We will still read everything you send us and check it for new information');
    expect(w.sections.review).toContain('15 September 2026');
    expect(w.sections.appeal).toContain('by 2 April 2026');
  });

  it('names no staff member in a letter sent in the organisation’s name', () => {
    const matcher = staffNameMatcher(['Priya Natarajan', 'Tom Pascoe']);
    expect(withoutStaffNames('Gary shouted at Priya Natarajan, then at Priya; Tom was there.', matcher)).toBe('Gary shouted at a member of our staff, then at a member of our staff; a member of our staff was there.');
    // A name's word written in lower case is an ordinary word, not the name.
    expect(withoutStaffNames('we may write to May', staffNameMatcher(['May Jones']))).toBe('we may write to a member of our staff');
  });
});

describe('the demo letterhead', () => {
  it('inlines resources/logo.png exactly', async () => {
    const { readFileSync } = await import('node:fs');
    const { DEMO_LOGO_PNG_BASE64 } = await import('../../../electron/core/demo/letterhead');
    expect(Buffer.from(DEMO_LOGO_PNG_BASE64, 'base64').equals(readFileSync('resources/logo.png'))).toBe(true);
  });
});
