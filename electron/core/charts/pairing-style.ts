// How the pairing-dynamic charts look, in one place: a colour per staff role, a symbol per kind
// of marker, and the week labels. Colours are Okabe–Ito and Paul Tol hues, chosen to stay apart
// for the common colour-vision deficiencies: frontline roles (the people a client pairs with)
// warm, the organisation around them (client manager, mentor, reception) cool. Colour is never
// the only cue: every series is named with the role, and markers differ by shape and label.
// Environment-neutral: the app draws these in the window and the review pack renders them to SVG.
import type { PairingData, StaffRole } from '../contract';

export const ROLE_COLOURS: Readonly<Record<StaffRole, string>> = {
  tutor: '#D55E00', // vermillion
  counsellor: '#E69F00', // orange
  support_worker: '#CC79A7', // reddish purple
  mentor: '#56B4E9', // sky blue
  client_manager: '#0072B2', // blue
  reception: '#009E73', // bluish green
  clinical_lead: '#44AA99', // teal
  director: '#332288', // indigo
  appeals_officer: '#5F6B73', // slate
};

/**
 * Arial's widths (Liberation Sans has the same) are the ones ECharts assumes when it lays text out
 * with no window to measure in, so the SVG's text fits. No double quotes: ECharts writes the
 * family into an SVG style attribute unescaped.
 */
export const FONT_FAMILY = "Arial, Helvetica, 'Liberation Sans', sans-serif";

/** Contacts with nobody named: the main desk, a shared inbox. */
export const UNNAMED_SERIES = 'Unnamed (desk, inbox)';
export const UNNAMED_COLOUR = '#BBBBBB';
export const CLIENT_COLOUR = '#1F2A30';

export type MarkerKind = PairingData['markers'][number]['kind'];
export type Marker = PairingData['markers'][number];

export interface MarkerStyle {
  readonly name: string;
  readonly symbol: 'triangle' | 'diamond' | 'rect' | 'pin' | 'arrow';
  readonly colour: string;
}

export const MARKER_STYLES: Readonly<Record<MarkerKind, MarkerStyle>> = {
  complaint: { name: 'Complaint', symbol: 'triangle', colour: '#000000' },
  boundary_incident: { name: 'Boundary incident', symbol: 'diamond', colour: '#882255' },
  behaviour_incident: { name: 'Behaviour incident', symbol: 'rect', colour: '#6B4E00' },
  warning: { name: 'Warning', symbol: 'pin', colour: '#AA3377' },
  decision: { name: 'Decision', symbol: 'arrow', colour: '#004488' },
};

export const MARKER_KINDS = ['complaint', 'boundary_incident', 'behaviour_incident', 'warning', 'decision'] as const satisfies readonly MarkerKind[];

/** Markers that are casework actions, not chronology records: they open the case's checklist. */
export const CASEWORK_MARKER_KINDS: readonly MarkerKind[] = ['warning', 'decision'];

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** "2026-01-05" → "5 Jan", or "5 Jan 2026" with the year. Read from the string: no time zone can move it. */
export function shortDate(isoDate: string, withYear = false): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const name = MONTHS[(month ?? 0) - 1];
  if (!year || !name || !day) return isoDate;
  return withYear ? `${day} ${name} ${year}` : `${day} ${name}`;
}

/** The week starting on a Monday, as the chart's axis names it: "w/c 5 Jan". */
export function weekLabel(week: string, withYear = false): string {
  return `w/c ${shortDate(week, withYear)}`;
}

/** Every week's label; with the year on each when the weeks run over more than one calendar year. */
export function weekLabels(weeks: readonly string[]): string[] {
  const years = new Set(weeks.map((w) => w.slice(0, 4)));
  return weeks.map((w) => weekLabel(w, years.size > 1));
}
