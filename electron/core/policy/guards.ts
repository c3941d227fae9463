// The guards of SPEC section 4, G-1..G-7, each in one place with its policy citation. The core's
// casework services call them before anything is written, whatever the caller (the app, the
// command line, a script); each refuses with a message that names the guard and cites the policy.
import { bringsNewInformationOnOpenIssue, isCriticismOfService, type Contact } from '../analysis/contacts';
import { POLICY } from '../analysis/flag';
import type { AnalysisCase, AnalysisRecord } from '../analysis/model';
import { COUNSELLING_CRITERIA, type CriterionId, type CriterionState, type FlagResult, type Role } from '../contract';
import { CoreError } from '../errors';
import type { Proposal } from './casework-model';

function refuse(guard: string, citation: string, message: string): never {
  throw new CoreError('guard_refused', `${guard} (${citation}): ${message}`);
}

/** What a warning, a proposal or a decision rests on. */
export interface Citing {
  readonly criteria: readonly CriterionId[];
  /** The cited records, already checked to be records of the case. */
  readonly evidence: readonly AnalysisRecord[];
}

const isComplaintRaised = (r: AnalysisRecord): boolean => r.type === 'complaint' || (r.type === 'contact' && isCriticismOfService(r as Contact));

/** G-1 in plain words and with its citation, for the screens that show complaints: the rule guardComplaints enforces. */
export const G1_REMINDER = {
  guard: 'G-1',
  citation: `${POLICY.sueLambert} 4.3`,
  sentences: [
    'Raising a complaint is never by itself grounds for withdrawing or cutting back the service, whether the complaint is upheld or not.',
    'Complaints may be cited only under W-2, and only when COMP-1 (a repeat complaint after the procedure completed) or COMP-2 (complaints taking a large amount of staff time) is met.',
    '“Not upheld” never proves a complaint false: a false complaint needs its own finding (a behaviour incident “knowingly false complaint”).',
  ],
} as const;

/**
 * G-1: raising a complaint is never by itself grounds for withdrawal or cut-back, upheld or not
 * (Sue Lambert Trust 4.3: "No client will have their service withdrawn or cut back as a result of
 * raising a complaint ... irrespective of whether the complaint is upheld or not"). Complaints may
 * be cited only under W-2 with COMP-1 or COMP-2 met; "not upheld" never proves a complaint false,
 * so W-3 needs a separate finding (a behaviour incident "knowingly false complaint").
 */
export function guardComplaints(citing: Citing, flags: readonly FlagResult[]): void {
  const complaints = citing.evidence.filter(isComplaintRaised);
  if (!complaints.length) return;
  const citation = G1_REMINDER.citation;
  if (!citing.criteria.includes('W-2')) {
    const w3 = citing.criteria.includes('W-3') ? ' Under W-3 a false complaint needs its own finding: record a behaviour incident "knowingly false complaint"; a complaint not upheld proves nothing false.' : '';
    refuse('G-1', citation, `raising a complaint is never by itself grounds for withdrawal or cut-back, upheld or not. Complaints may be cited only under W-2.${w3}`);
  }
  if (!flags.some((f) => f.id === 'COMP-1' || f.id === 'COMP-2')) {
    refuse('G-1', citation, 'complaints may be cited under W-2 only when COMP-1 (a repeat complaint after the procedure completed) or COMP-2 (complaints taking a large amount of staff time) is met, and neither is.');
  }
}

/**
 * G-2: a suicide or self-harm disclosure is never grounds for withdrawal, nor evidence under W-6
 * (Sue Lambert Trust 4.2: "We will continue to provide the counselling service and manage the
 * situation as required").
 */
export function guardSelfHarm(citing: Citing): void {
  const disclosure = citing.evidence.some((r) => r.type === 'safeguarding_note' && r.details.concern === 'suicide_or_self_harm_disclosure');
  if (disclosure) refuse('G-2', `${POLICY.sueLambert} 4.2`, 'a suicide or self-harm disclosure is never grounds for withdrawal or a warning, nor evidence under W-6. Remove it from the evidence.');
}

/**
 * G-3: the prerequisites of each criterion (SPEC section 4's table), with warnings live (not
 * expired, not overturned) at the decision. The checklist as of the decision date says whether
 * each cited criterion is met; anything else is refused with what is missing.
 */
export function guardPrerequisites(criteria: readonly CriterionState[]): void {
  for (const c of criteria) {
    if (c.state === 'met') continue;
    const missing = c.prerequisites.filter((p) => !p.satisfied).map((p) => p.text);
    const why = c.state === 'not_applicable' ? 'it does not apply to this service' : c.state === 'needs_judgement' ? 'it still needs the clinical lead’s assessment' : missing.length ? `still needed: ${missing.join('; ')}` : 'its grounds are not found';
    refuse('G-3', `${c.citation.policy}, ${c.citation.section}`, `${c.id} is not met at the decision date, so no decision can rest on it (${why}). ${c.summary}`);
  }
}

/**
 * G-4: no counselling withdrawal (W-4..W-7) without the clinical lead's recorded approval (Sue
 * Lambert Trust 4.5: "considered on a case by case basis in consultation with the Clinical Lead").
 */
export function guardClinicalApproval(p: Proposal): void {
  const counselling = p.criteria.filter((c) => COUNSELLING_CRITERIA.includes(c));
  if (!counselling.length || p.outcome === 'no_action') return;
  const citation = `${POLICY.sueLambert} 4.5`;
  if (!p.consultation) refuse('G-4', citation, `a decision on ${counselling.join(', ')} needs the clinical lead’s recorded approval first; this proposal has not been to the clinical lead.`);
  if (!p.consultation.approves) refuse('G-4', citation, `the clinical lead refused this proposal (${p.consultation.rationale}); it cannot be approved on ${counselling.join(', ')}.`);
}

/**
 * G-5: only the director decides; only the director signs warnings, withdrawal and restriction
 * letters (SPEC sections 1 and 5). The contract's access lists hold the director to decisions;
 * this guard covers what a role list cannot say: who issues a written warning.
 */
export function guardDirectorWarns(role: Role, level: string): void {
  if (level === 'written' && role !== 'director') refuse('G-5', 'SPEC section 4; Sue Lambert Trust 4.1', 'only the director issues and signs a written warning. Record a verbal warning, or propose a written one to the director.');
}

/**
 * G-5: each letter is signed by its signer (SPEC section 5): warnings, withdrawal and restriction
 * letters by the director alone; the other letters by the case's own client manager, who knows
 * the client (a client manager of another case may draft, not sign).
 */
export function guardLetterSigner(role: Role, signer: 'director' | 'client_manager', isCaseClientManager: boolean, letter: string): void {
  const citation = 'SPEC section 5; Sue Lambert Trust 4.1';
  if (signer === 'director' && role !== 'director') refuse('G-5', citation, `only the director signs a ${letter} letter. Leave the draft for the director to sign.`);
  if (signer === 'client_manager' && !(role === 'client_manager' && isCaseClientManager)) {
    refuse('G-5', citation, `a ${letter} letter is signed by the case's client manager${role === 'client_manager' ? '; you are not the client manager of this case' : ''}.`);
  }
}

/**
 * G-5: an appeal is decided only by someone who took no part in the decision appealed (SPEC
 * section 7, right of appeal; Sue Lambert Trust 3: "decisions will be fairly applied").
 */
export function guardNotParticipant(userId: string, participants: ReadonlySet<string>, doing: string): void {
  if (participants.has(userId)) refuse('G-5', 'SPEC section 4; Sue Lambert Trust 3 (fairness)', `${doing} must be someone who took no part in the decision appealed; this user did.`);
}

/**
 * G-6: client-facing text quotes only fact fields, never analysis fields or restricted records
 * (Sue Lambert Trust 3: "clear, factual information ... whilst taking account of any safeguarding
 * requirements"). Returns what the text quotes that it must not; letters check again at signing.
 */
export function clientFacingViolations(text: string, forbidden: readonly { readonly recordId: string; readonly field: 'analysis' | 'restricted'; readonly text: string }[]): { recordId: string; field: string; quoted: string }[] {
  const haystack = normalise(text);
  const found: { recordId: string; field: string; quoted: string }[] = [];
  for (const f of forbidden) {
    for (const phrase of phrases(f.text)) {
      if (haystack.includes(phrase)) {
        found.push({ recordId: f.recordId, field: f.field, quoted: phrase });
        break;
      }
    }
  }
  return found;
}

export function guardClientFacing(text: string, forbidden: Parameters<typeof clientFacingViolations>[1]): void {
  const found = clientFacingViolations(text, forbidden);
  if (found.length) refuse('G-6', `${POLICY.sueLambert} 3`, `client-facing text may quote only fact fields; it quotes ${found.map((f) => (f.field === 'analysis' ? 'an analysis field' : 'a restricted record')).join(' and ')} (“${found[0]!.quoted}”).`);
}

const normalise = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();

/** Runs of six words or more (or the whole text, when shorter but at least 20 characters). */
function phrases(text: string): string[] {
  const words = normalise(text).split(' ').filter(Boolean);
  if (words.length < 6) return words.join(' ').length >= 20 ? [words.join(' ')] : [];
  return Array.from({ length: words.length - 5 }, (_, i) => words.slice(i, i + 6).join(' '));
}

/**
 * G-7: W-8 cannot rest on contacts that bring new information on open issues, or on legitimate
 * criticism of the service (Hampshire SENDIASS: "Raising legitimate queries or criticisms of the
 * service should not in itself lead to someone being regarded as unreasonably persistent or
 * vexatious").
 */
export function guardLegitimateContact(c: AnalysisCase, citing: Citing): void {
  if (!citing.criteria.includes('W-8')) return;
  const legitimate = citing.evidence.filter((r) => r.type === 'complaint' || (r.type === 'contact' && (bringsNewInformationOnOpenIssue(c, r as Contact) || isCriticismOfService(r as Contact))));
  if (legitimate.length) refuse('G-7', POLICY.sendiass, `W-8 cannot rest on contacts that bring new information on an open issue or on legitimate criticism of the service; ${legitimate.length} of the cited records ${legitimate.length === 1 ? 'is' : 'are'} such. Remove them from the evidence.`);
}
