// The demo's letters (issue: letters), written last, through the API like everything else: the
// director signs the written warning and the withdrawal; the client manager confirms the verbal
// warning in writing and signs it, and leaves the communication agreement as a draft; the second
// client manager drafts the missed-sessions notice. So the Letters tab, the director's queue and
// verify-letters all have something real to show.
import type { DemoLogin, LetterType } from '../contract';
import type { DemoCall } from './api';
import { DEMO_LETTERHEAD } from './letterhead';

const STEPS: readonly { login: DemoLogin; sign: readonly LetterType[]; draft: readonly LetterType[] }[] = [
  { login: 'director', sign: ['written_warning', 'withdrawal_of_service'], draft: [] },
  { login: 'clientmanager', sign: ['verbal_warning_confirmation'], draft: ['communication_agreement'] },
  { login: 'clientmanager2', sign: [], draft: ['missed_sessions_notice'] },
];

export async function writeDemoLetters(api: DemoCall, passphrase: string): Promise<void> {
  // The director sets the letterhead first (signed-in as the director when this runs).
  await api('letterhead.set', DEMO_LETTERHEAD);
  for (const step of STEPS) {
    await api('session.lock', {});
    const session = await api('session.unlock', { login: step.login, passphrase });
    const personId = session.user?.personId;
    for (const kase of await api('cases.list', {})) {
      if (step.login !== 'director' && kase.clientManager.id !== personId) continue;
      for (const option of await api('letters.options', { caseId: kase.id })) {
        const signs = step.sign.includes(option.type);
        if (!signs && !step.draft.includes(option.type)) continue;
        const draft = await api('letters.draft', { caseId: kase.id, type: option.type, source: option.source });
        if (signs) await api('letters.sign', { letterId: draft.id, expectedRevision: draft.revision, passphrase });
      }
    }
  }
}
