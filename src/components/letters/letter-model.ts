// The letter editor's model and the rules the screen can know beforehand. The editor holds every
// section (opening to closing) as a text, empty or not; what is saved lists the non-empty ones in
// the letter's order, as the core prints them. The core checks everything again.
import { SECTION_HEADINGS, SECTION_KEYS, type LetterContent, type LetterReason, type Role } from '../../../electron/core/contract';

export type SectionKey = (typeof SECTION_KEYS)[number];

export interface LetterModel extends Omit<LetterContent, 'sections' | 'reasons'> {
  reasons: LetterReason[];
  sections: Record<SectionKey, string>;
}

export function modelOf(content: LetterContent): LetterModel {
  const sections = Object.fromEntries(SECTION_KEYS.map((k) => [k, content.sections.find((s) => s.key === k)?.text ?? ''])) as Record<SectionKey, string>;
  return {
    letterDate: content.letterDate,
    recipient: { ...content.recipient },
    salutation: content.salutation,
    subject: content.subject,
    inOrganisationName: content.inOrganisationName,
    reasonsIntro: content.reasonsIntro,
    reasons: content.reasons.map((r) => ({ ...r })),
    sections,
    signOff: { ...content.signOff },
  };
}

export function contentOf(model: LetterModel): LetterContent {
  return {
    ...model,
    recipient: { ...model.recipient },
    reasons: model.reasons.map((r) => ({ ...r })),
    sections: SECTION_KEYS.filter((k) => model.sections[k].trim() !== '').map((key) => ({ key, text: model.sections[key] })),
    signOff: { ...model.signOff },
  };
}

/** Whether the editor holds anything not saved yet (compared as the core would store it). */
export const unsaved = (model: LetterModel, saved: LetterContent): boolean => JSON.stringify(contentOf(model)) !== JSON.stringify(contentOf(modelOf(saved)));

export const sectionLabel = (key: SectionKey): string => SECTION_HEADINGS[key] || (key === 'opening' ? 'Opening paragraph' : 'Closing paragraph');

/**
 * The editor field a problem's path names: the core's paths index the saved content
 * ("sections.2.text", "reasons.0.text"), so a section's index is turned into its key.
 */
export function problemField(path: string, saved: LetterContent): string {
  const section = /^sections\.(\d+)/.exec(path);
  if (section) return `section:${saved.sections[Number(section[1])]?.key ?? 'unknown'}`;
  const reason = /^reasons\.(\d+)/.exec(path);
  if (reason) return `reason:${reason[1]}`;
  return path;
}

export interface SigningRight {
  readonly may: boolean;
  /** Who signs this letter, said to the person who cannot. */
  readonly who: string;
}

/** G-5 as the core applies it: the director signs the director's letters; the case's client manager the others. */
export function signingRight(signer: Role, role: Role | null, isCaseClientManager: boolean, clientManagerName: string): SigningRight {
  if (signer === 'director') return { may: role === 'director', who: 'Only the director signs this letter.' };
  return { may: role === 'client_manager' && isCaseClientManager, who: `This letter is signed by the case's client manager, ${clientManagerName}.` };
}
