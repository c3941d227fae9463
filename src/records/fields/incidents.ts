// Boundary incidents (staff side) and behaviour incidents (client side), SPEC 2.
import { BEHAVIOUR_KIND_LABELS, BOUNDARY_KIND_LABELS, RISK_LABELS, SEVERITY_LABELS } from '../labels';
import type { DetailSpecs } from './types';

export const boundaryIncidentFields = {
  workerId: { kind: 'person', from: 'staff', label: 'Worker' },
  kind: { kind: 'choice', options: BOUNDARY_KIND_LABELS, label: 'Kind' },
  severity: { kind: 'choice', options: SEVERITY_LABELS, label: 'Severity', wide: true },
  discussedInSupervision: { kind: 'check', label: 'Discussed in supervision' },
} satisfies DetailSpecs<'boundary_incident'>;

export const behaviourIncidentFields = {
  kind: { kind: 'choice', options: BEHAVIOUR_KIND_LABELS, label: 'Kind' },
  riskToStaff: { kind: 'choice', options: RISK_LABELS, label: 'Risk to staff' },
  protectiveSteps: { kind: 'text', multiline: true, label: 'Protective steps taken', wide: true },
} satisfies DetailSpecs<'behaviour_incident'>;
