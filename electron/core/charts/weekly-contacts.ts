// The week-by-week contact chart (SPEC section 3): one stacked bar a week, a part per staff person
// coloured by role, contacts with nobody named on top, and complaints and incidents marked above
// the bars with their labels, so an isolated pair and the complaint that follows it show at a glance.
import type { BarSeriesOption, EChartsOption, ScatterSeriesOption } from 'echarts';
import type { PairingData } from '../contract';
import { STAFF_ROLE_LABELS } from '../contract/labels';
import { FONT_FAMILY, MARKER_KINDS, MARKER_STYLES, ROLE_COLOURS, UNNAMED_COLOUR, UNNAMED_SERIES, weekLabels, type Marker, type MarkerKind } from './pairing-style';

export type PairingStaff = PairingData['staff'][number];

/** "Tom Pascoe (Tutor)": the series and legend name, so the role never rests on colour alone. */
export const staffSeriesName = (person: PairingStaff): string => `${person.fullName} (${STAFF_ROLE_LABELS[person.staffRole]})`;

export const staffSeriesId = (staffId: string): string => `staff:${staffId}`;
export const markerSeriesId = (kind: MarkerKind): string => `marker:${kind}`;

/** Stripes on the second and later person of one role, so two tutors stay apart without colour. */
function decalFor(nth: number): NonNullable<BarSeriesOption['itemStyle']>['decal'] {
  if (nth === 0) return undefined;
  return { symbol: 'rect', symbolSize: 1, dashArrayX: [8, 0], dashArrayY: [2, 3 + nth], rotation: (nth % 2 ? 1 : -1) * (Math.PI / 4), color: 'rgba(255, 255, 255, 0.55)' };
}

function staffSeries(data: PairingData): BarSeriesOption[] {
  const seen = new Map<string, number>();
  return data.staff.map((person) => {
    const nth = seen.get(person.staffRole) ?? 0;
    seen.set(person.staffRole, nth + 1);
    return {
      type: 'bar',
      id: staffSeriesId(person.id),
      name: staffSeriesName(person),
      stack: 'contacts',
      itemStyle: { color: ROLE_COLOURS[person.staffRole], decal: decalFor(nth) },
      emphasis: { focus: 'series' },
      data: data.weeks.map((w) => w.byStaff[person.id] ?? 0),
    } satisfies BarSeriesOption;
  });
}

/** The markers of one week lie one above another, starting just above that week's bar. */
function markerPositions(data: PairingData): Map<string, { index: number; y: number }> {
  const totals = data.weeks.map((w) => Object.values(w.byStaff).reduce((sum, n) => sum + n, w.unnamed));
  const step = Math.max(1, Math.ceil(Math.max(0, ...totals) / 8));
  const indexOf = new Map(data.weeks.map((w, i) => [w.week, i]));
  const perWeek = new Map<string, number>();
  const positions = new Map<string, { index: number; y: number }>();
  for (const marker of data.markers) {
    const index = indexOf.get(marker.week);
    if (index === undefined) continue;
    const above = (perWeek.get(marker.week) ?? 0) + 1;
    perWeek.set(marker.week, above);
    positions.set(marker.recordId, { index, y: (totals[index] ?? 0) + step * above });
  }
  return positions;
}

/** The markers a marker series draws, in the order its data points are: for a click's dataIndex. */
export function markersOfKind(data: PairingData, kind: MarkerKind): Marker[] {
  return data.markers.filter((m) => m.kind === kind && data.weeks.some((w) => w.week === m.week));
}

/** The marker a click on the chart hit (a series id and data index, as ECharts reports them), if any. */
export function markerAt(data: PairingData, seriesId: string | undefined, dataIndex: number): Marker | null {
  const kind = MARKER_KINDS.find((k) => markerSeriesId(k) === seriesId);
  return kind ? (markersOfKind(data, kind)[dataIndex] ?? null) : null;
}

function markerSeries(data: PairingData, labels: readonly string[]): ScatterSeriesOption[] {
  const positions = markerPositions(data);
  return MARKER_KINDS.flatMap((kind) => {
    const markers = markersOfKind(data, kind);
    if (!markers.length) return [];
    const style = MARKER_STYLES[kind];
    const points = markers.flatMap((m) => {
      const at = positions.get(m.recordId);
      return at ? [{ id: m.recordId, name: m.label, value: [at.index, at.y] }] : [];
    });
    const series: ScatterSeriesOption = {
      type: 'scatter',
      id: markerSeriesId(kind),
      name: style.name,
      symbol: style.symbol,
      symbolSize: 14,
      z: 5,
      itemStyle: { color: style.colour, borderColor: '#ffffff', borderWidth: 1 },
      label: { show: true, position: 'right', formatter: '{b}', fontSize: 11, color: '#1F2A30', backgroundColor: 'rgba(255, 255, 255, 0.85)', padding: [1, 3] },
      tooltip: { formatter: '{a}: {b}' },
      data: points,
    };
    // A complaint also gets a dashed line down its week: what came before it is the question.
    if (kind === 'complaint') {
      series.markLine = {
        silent: true,
        symbol: 'none',
        label: { show: false },
        lineStyle: { type: 'dashed', color: style.colour, width: 1 },
        data: points.map((p) => ({ xAxis: labels[p.value[0] ?? 0] })),
      };
    }
    return [series];
  });
}

/** The stacked weekly bar chart of a case's contacts, per staff person, with the markers. */
export function weeklyContactOption(data: PairingData): EChartsOption {
  const labels = weekLabels(data.weeks.map((w) => w.week));
  const unnamed: BarSeriesOption = {
    type: 'bar',
    id: 'unnamed',
    name: UNNAMED_SERIES,
    stack: 'contacts',
    itemStyle: { color: UNNAMED_COLOUR },
    emphasis: { focus: 'series' },
    data: data.weeks.map((w) => w.unnamed),
  };
  return {
    animation: false,
    // A pattern on every series as well as its colour (ECharts' own decal palette, the stripes
    // above kept where set), in the bars and their legend keys: people are told apart without
    // seeing colour, in the window and in the printed pack.
    aria: { enabled: true, decal: { show: true } },
    textStyle: { fontFamily: FONT_FAMILY },
    legend: { type: 'plain', top: 0, left: 0, right: 0, itemGap: 14 },
    grid: { top: 96, left: 48, right: 140, bottom: labels.length > 12 ? 72 : 40 },
    tooltip: { trigger: 'item' },
    xAxis: { type: 'category', data: labels, axisLabel: { rotate: labels.length > 12 ? 45 : 0, hideOverlap: true }, axisTick: { alignWithLabel: true } },
    yAxis: { type: 'value', name: 'Contacts', minInterval: 1 },
    series: [...staffSeries(data), unnamed, ...markerSeries(data, labels)],
  };
}
