// The redaction rule in words: the PDF prints it, the JSON carries it, docs/data-protection.md
// explains it. Kept in one place so the three cannot disagree.
export const REDACTION_RULE = [
  'Information about other people has been removed, as UK GDPR and the Data Protection Act 2018 (Schedule 2, paragraph 16) require.',
  'Other people on the client side (another parent or carer, a student) and any other client appear as "[another person]", and their contact details are removed.',
  'Staff appear by their role, for example "[tutor]". The case\'s client manager, who is your named contact, is named, unless a risk to staff is recorded on the case.',
  "Staff's assessments (the analysis beside each fact) are included: an opinion about you is your personal data too.",
  'Safeguarding notes are left out unless the director, having reviewed them, decided to include them.',
].join(' ');
