// The casework log (migration 0007) read and written: one append-only row per action, each with
// its audit row in the same transaction, under the client's data key (so erasure can destroy it).
// Reading groups the rows into the plain Casework the pure rules take.
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { appendAudit } from '../audit/chain';
import { personKeyId } from '../audit/data-keys';
import { londonDate } from '../calendar';
import type { Actor, Role } from '../contract';
import {
  appealAssignmentPayload,
  appealDecisionPayload,
  appealPayload,
  assessmentPayload,
  consultationPayload,
  decisionPayload,
  proposalPayload,
  restrictionReviewPayload,
  riskCheckPayload,
  warningPayload,
} from '../contract/casework';
import type { Writer } from '../records/record-service';
import type { Database } from '../store/sqlite';
import type { Acted, Appeal, Casework, Proposal } from '../policy/casework-model';

export const PAYLOADS = {
  warning: warningPayload,
  assessment: assessmentPayload,
  risk_check: riskCheckPayload,
  proposal: proposalPayload,
  consultation: consultationPayload,
  decision: decisionPayload,
  restriction_review: restrictionReviewPayload,
  appeal: appealPayload,
  appeal_assignment: appealAssignmentPayload,
  appeal_decision: appealDecisionPayload,
} as const;
export type ActionKind = keyof typeof PAYLOADS;
export type PayloadOf<K extends ActionKind> = z.output<(typeof PAYLOADS)[K]>;

export interface ActionRow {
  seq: number;
  id: string;
  case_id: string;
  kind: ActionKind;
  target_id: string | null;
  payload: string;
  recorded_at: string;
  recorded_by: string;
  full_name: string;
  role: Role;
}

const SELECT = `SELECT a.seq, a.id, a.case_id, a.kind, a.target_id, a.payload, a.recorded_at, a.recorded_by, p.full_name, u.role
                FROM case_actions a JOIN users u ON u.id = a.recorded_by JOIN people p ON p.id = u.person_id`;

/** Writes one action and its audit row; call inside the caller's transaction. Returns its id. */
export function insertAction<K extends ActionKind>(w: Writer, caseId: string, kind: K, targetId: string | null, payload: PayloadOf<K>): string {
  const id = randomUUID();
  const stored = PAYLOADS[kind].parse(payload);
  const { client_id: clientId } = w.db.prepare('SELECT client_id FROM cases WHERE id = ?').get(caseId) as { client_id: string };
  w.db
    .prepare('INSERT INTO case_actions (id, case_id, kind, target_id, payload, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(id, caseId, kind, targetId, JSON.stringify(stored), w.at.toISOString(), w.user.id);
  appendAudit(w.db, { actorUserId: w.user.id, action: `casework.${kind}`, entity: kind, entityId: id, keyId: personKeyId(clientId), before: null, after: { caseId, targetId, ...stored } }, w.at);
  return id;
}

/** The actions of the cases given (as a JSON array), in the order they were recorded. */
export const ACTIONS_OF_CASES = `${SELECT} WHERE a.case_id IN (SELECT value FROM json_each(?)) ORDER BY a.seq`;

export function actionRows(db: Database, caseIds: readonly string[] | null): ActionRow[] {
  if (caseIds) return db.prepare(ACTIONS_OF_CASES).all(JSON.stringify(caseIds)) as ActionRow[];
  return db.prepare(`${SELECT} ORDER BY a.seq`).all() as ActionRow[];
}

export const actorOf = (row: Pick<ActionRow, 'recorded_by' | 'full_name' | 'role'>): Actor => ({ userId: row.recorded_by, fullName: row.full_name, role: row.role });

function acted(row: ActionRow): Acted {
  return { id: row.id, by: actorOf(row), recordedAt: row.recorded_at, recordedOn: londonDate(row.recorded_at) };
}

const payloadOf = <K extends ActionKind>(row: ActionRow, _kind: K): PayloadOf<K> => JSON.parse(row.payload) as PayloadOf<K>;

/** Groups rows (in seq order) into each case's Casework. */
export function groupCasework(rows: readonly ActionRow[], userName: (userId: string) => Actor | null): Map<string, Casework> {
  const byCase = new Map<string, { warnings: Casework['warnings'][number][]; assessments: Casework['assessments'][number][]; riskChecks: Casework['riskChecks'][number][]; proposals: Map<string, Proposal>; appeals: Map<string, Appeal> }>();
  const of = (caseId: string) => {
    let c = byCase.get(caseId);
    if (!c) byCase.set(caseId, (c = { warnings: [], assessments: [], riskChecks: [], proposals: new Map(), appeals: new Map() }));
    return c;
  };
  for (const row of rows) {
    const c = of(row.case_id);
    const base = acted(row);
    switch (row.kind) {
      case 'warning':
        c.warnings.push({ ...base, ...payloadOf(row, 'warning'), caseId: row.case_id });
        break;
      case 'assessment':
        c.assessments.push({ ...base, ...payloadOf(row, 'assessment') });
        break;
      case 'risk_check':
        c.riskChecks.push({ ...base, ...payloadOf(row, 'risk_check') });
        break;
      case 'proposal':
        c.proposals.set(row.id, { ...base, ...payloadOf(row, 'proposal'), caseId: row.case_id, consultation: null, decision: null, reviews: [] });
        break;
      case 'consultation':
      case 'decision':
      case 'restriction_review': {
        const p = c.proposals.get(row.target_id ?? '');
        if (!p) break;
        if (row.kind === 'consultation') c.proposals.set(p.id, { ...p, consultation: { ...base, ...payloadOf(row, 'consultation') } });
        else if (row.kind === 'decision') c.proposals.set(p.id, { ...p, decision: { ...base, ...payloadOf(row, 'decision') } });
        else c.proposals.set(p.id, { ...p, reviews: [...p.reviews, { ...base, ...payloadOf(row, 'restriction_review') }] });
        break;
      }
      case 'appeal':
        c.appeals.set(row.id, { ...base, ...payloadOf(row, 'appeal'), caseId: row.case_id, againstId: row.target_id!, assignedTo: null, decision: null });
        break;
      case 'appeal_assignment':
      case 'appeal_decision': {
        const a = c.appeals.get(row.target_id ?? '');
        if (!a) break;
        if (row.kind === 'appeal_assignment') c.appeals.set(a.id, { ...a, assignedTo: userName(payloadOf(row, 'appeal_assignment').userId) });
        else c.appeals.set(a.id, { ...a, decision: { ...base, ...payloadOf(row, 'appeal_decision') } });
        break;
      }
    }
  }
  return new Map(
    [...byCase].map(([caseId, c]) => [caseId, { warnings: c.warnings, assessments: c.assessments, riskChecks: c.riskChecks, proposals: [...c.proposals.values()], appeals: [...c.appeals.values()] }]),
  );
}

/** Every user, removed ones too, as an Actor: for names on old actions. */
export function actorLookup(db: Database): (userId: string) => Actor | null {
  const rows = db.prepare('SELECT u.id AS recorded_by, p.full_name, u.role FROM users u JOIN people p ON p.id = u.person_id').all() as Pick<ActionRow, 'recorded_by' | 'full_name' | 'role'>[];
  const map = new Map(rows.map((r) => [r.recorded_by, actorOf(r)]));
  return (userId) => map.get(userId) ?? null;
}

export function loadCasework(db: Database, caseIds: readonly string[] | null): Map<string, Casework> {
  return groupCasework(actionRows(db, caseIds), actorLookup(db));
}
