// docs/roles.md's matrix through the real core: every casework action called as every role. An
// action a role may not take answers `forbidden` before anything runs; one it may take gets past
// the role check (and then answers for its input: here ids that do not exist, so not_found or a
// typed refusal, never forbidden). Role rules a role list cannot state are checked too (G-5).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Input, MethodName } from '../../../electron/core/contract';
import { ok } from '../support/temp-store';
import { setUpTeam, type Member, type Team } from '../support/team';

const NOBODY = '00000000-0000-4000-8000-00000000abcd';
const NO_NEED = { needOrDisability: false, explainsBehaviour: false };
type Who = Exclude<Member, 'clientManager2'>;
const ROLES: readonly Who[] = ['director', 'clientManager', 'clinicalLead', 'appeals'];

/** The matrix of docs/roles.md: which members may take each action. */
const MATRIX: { method: MethodName; input: (caseId: string) => unknown; may: readonly Who[] }[] = [
  { method: 'checklist.get', input: (caseId) => ({ caseId }), may: ['director', 'clientManager', 'clinicalLead', 'appeals'] },
  { method: 'ladder.warn', input: (caseId) => ({ caseId, level: 'verbal', criteria: ['W-1'], issuedOn: '2026-11-01', summary: 'Verbal warning.', adjustments: NO_NEED }), may: ['director', 'clientManager'] },
  { method: 'checklist.assess', input: (caseId) => ({ caseId, criterion: 'W-6', finding: 'not_met', counsellorView: 'Fine.', rationale: 'No impact.' }), may: ['clinicalLead'] },
  { method: 'checklist.riskCheck', input: (caseId) => ({ caseId, checkedOn: '2026-11-01', risks: 'None.', safeguardingConcerns: false }), may: ['director', 'clinicalLead'] },
  { method: 'decisions.propose', input: (caseId) => ({ caseId, outcome: 'no_action', rationale: 'Nothing needed.' }), may: ['director', 'clientManager', 'clinicalLead'] },
  { method: 'decisions.consult', input: () => ({ proposalId: NOBODY, approves: true, rationale: 'Agreed.' }), may: ['clinicalLead'] },
  { method: 'decisions.decide', input: () => ({ proposalId: NOBODY, approve: true, reasons: 'Agreed.' }), may: ['director'] },
  { method: 'decisions.decideNow', input: () => ({ caseId: NOBODY, outcome: 'no_action', rationale: 'Nothing needed.', reasons: 'Agreed.' }), may: ['director'] },
  { method: 'restrictions.review', input: () => ({ decisionId: NOBODY, action: 'lift', reasons: 'No longer needed.' }), may: ['director'] },
  { method: 'appeals.lodge', input: () => ({ againstId: NOBODY, lodgedOn: '2026-11-01', grounds: 'Unfair.' }), may: ['director', 'clientManager'] },
  { method: 'appeals.assign', input: () => ({ appealId: NOBODY, userId: NOBODY }), may: ['director'] },
  { method: 'appeals.decide', input: () => ({ appealId: NOBODY, outcome: 'dismissed', reasons: 'Stands.' }), may: ['director', 'clinicalLead', 'appeals'] },
  { method: 'registers.restrictions', input: () => ({}), may: ['director', 'clientManager', 'clinicalLead', 'appeals'] },
  { method: 'registers.oversight', input: () => ({ from: '2026-01-01', to: '2026-12-31' }), may: ['director', 'appeals'] },
  { method: 'queues.mine', input: () => ({}), may: ['director', 'clientManager', 'clinicalLead', 'appeals'] },
  { method: 'audit.forCase', input: (caseId) => ({ caseId }), may: ['director'] },
];

let t: Team;
let caseId = '';

beforeAll(async () => {
  t = await setUpTeam();
  caseId = (await t.newCase('counselling_open_ended', 'Roles Client')).id;
}, 60_000);
afterAll(() => t.store.cleanup());

describe('the role-by-action matrix (docs/roles.md)', () => {
  it('covers every casework method of the contract', async () => {
    const { decisionsMethods } = await import('../../../electron/core/contract/decisions');
    expect(MATRIX.map((m) => m.method).filter((m) => m !== 'audit.forCase').sort()).toEqual(Object.keys(decisionsMethods).sort());
  });

  for (const who of ROLES) {
    it(`as the ${who}: forbidden exactly where the matrix says`, async () => {
      await t.as(who);
      for (const row of MATRIX) {
        const result = await t.store.core.invoke(row.method, row.input(caseId) as Input<typeof row.method>);
        const forbidden = !result.ok && result.error.code === 'forbidden';
        expect({ method: row.method, forbidden }).toEqual({ method: row.method, forbidden: !row.may.includes(who) });
      }
    });
  }

  it('a written warning is the director’s alone (G-5), whatever the contract lets a client manager do', async () => {
    const written = (c: string) => ({ caseId: c, level: 'written' as const, criteria: ['W-6' as const], issuedOn: '2026-11-01', summary: 'Written warning.', adjustments: NO_NEED });
    await t.as('clientManager');
    expect(await t.store.core.invoke('ladder.warn', written(caseId))).toMatchObject({ ok: false, error: { code: 'guard_refused' } });
    await t.as('director');
    expect((await ok(t.store.core, 'ladder.warn', written(caseId))).level).toBe('written');
  });
});
