// The audit trail's action names (the core's, e.g. "casework.decision") in words for the case's
// trail. An action not listed here is shown as the core names it, never hidden.
const WORDS: Readonly<Record<string, string>> = {
  'case.create': 'Opened the case',
  'case.update': 'Changed the case',
  'case.status': "The case's status changed",
  'case.close': 'Closed the case',
  'case.import': 'Imported the case from a bundle',
  'case.add-person': 'Added someone on the client side',
  'record.create': 'Added a record',
  'record.correct': 'Corrected a record',
  'record.import': 'Imported records',
  'issue.merge': 'Merged two issues',
  'bundle.export': 'Exported the case as a bundle',
  'retention-hold.set': 'Set a retention hold',
  'retention-hold.clear': 'Cleared a retention hold',
  'subject-access.draft': 'Drafted a subject access response',
  'subject-access.release': 'Released a subject access response',
  'casework.warning': 'Recorded a warning or informal conversation',
  'casework.assessment': "Recorded the clinical lead's assessment",
  'casework.risk_check': 'Recorded a risk and safeguarding check',
  'casework.proposal': 'Proposed an outcome',
  'casework.consultation': "Recorded the clinical lead's approval or refusal",
  'casework.decision': 'Decided a proposal',
  'casework.restriction_review': 'Reviewed a restriction',
  'casework.appeal': 'Recorded an appeal',
  'casework.appeal_assignment': 'Assigned an appeal',
  'casework.appeal_decision': 'Decided an appeal',
};

export const auditWords = (action: string): string => WORDS[action] ?? action;
