// The Pairing tab's numbers as rows: a week, its contacts per staff person and unnamed, its total
// and what was marked that week. The table a screen reader reads instead of the chart.
import type { PairingData } from '../../../electron/core/contract';
import { MARKER_STYLES, weekLabels } from '../../../electron/core/charts/pairing-chart';

export interface PairingRow {
  readonly week: string;
  readonly label: string;
  readonly byStaff: readonly number[];
  readonly unnamed: number;
  readonly total: number;
  readonly marked: readonly string[];
}

export interface PairingTableModel {
  readonly rows: readonly PairingRow[];
  /** The whole period, in the staff columns' order. */
  readonly totals: { readonly byStaff: readonly number[]; readonly unnamed: number; readonly total: number };
}

export function pairingTable(data: PairingData): PairingTableModel {
  const labels = weekLabels(data.weeks.map((w) => w.week));
  const rows = data.weeks.map((w, i): PairingRow => {
    const byStaff = data.staff.map((s) => w.byStaff[s.id] ?? 0);
    const marked = data.markers.filter((m) => m.week === w.week).map((m) => `${MARKER_STYLES[m.kind].name}: ${m.label}`);
    return { week: w.week, label: labels[i] ?? w.week, byStaff, unnamed: w.unnamed, total: byStaff.reduce((a, b) => a + b, w.unnamed), marked };
  });
  const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);
  return {
    rows,
    totals: {
      byStaff: data.staff.map((_, j) => sum(rows.map((r) => r.byStaff[j] ?? 0))),
      unnamed: sum(rows.map((r) => r.unnamed)),
      total: sum(rows.map((r) => r.total)),
    },
  };
}
