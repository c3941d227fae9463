// The pairing-dynamic charts: the options' shape (a series per staff person coloured by role, the
// markers with their labels, fixed graph positions) and their SVG, which must be the same bytes
// for the same data so the review pack is reproducible.
import type { BarSeriesOption, EChartsOption, GraphSeriesOption, ScatterSeriesOption, SeriesOption } from 'echarts';
import { describe, expect, it } from 'vitest';
import { contactGraphOption, markerAt, markerSeriesId, MARKER_STYLES, ROLE_COLOURS, staffSeriesId, UNNAMED_SERIES, weekLabels, weeklyContactOption } from '../../../electron/core/charts/pairing-chart';
import { renderChartSvg } from '../../../electron/core/charts/render-svg';
import { PAIRING, STAFF } from './pairing-fixture';

const seriesOf = (option: EChartsOption): SeriesOption[] => (Array.isArray(option.series) ? option.series : option.series ? [option.series] : []);
const bars = (option: EChartsOption): BarSeriesOption[] => seriesOf(option).flatMap((s) => (s.type === 'bar' ? [s] : []));
const scatters = (option: EChartsOption): ScatterSeriesOption[] => seriesOf(option).flatMap((s) => (s.type === 'scatter' ? [s] : []));
const graph = (option: EChartsOption): GraphSeriesOption => {
  const found = seriesOf(option).find((s): s is GraphSeriesOption => s.type === 'graph');
  if (!found) throw new Error('no graph series');
  return found;
};
type GraphNode = NonNullable<GraphSeriesOption['nodes']>[number];
type NodeObject = Extract<GraphNode, { id?: string }>;
const isNodeObject = (n: GraphNode): n is NodeObject => typeof n === 'object' && n !== null && !Array.isArray(n) && !(n instanceof Date);
const colourOf = (series: BarSeriesOption | undefined): unknown => series?.itemStyle?.color;

describe('the weekly contact chart option', () => {
  const option = weeklyContactOption(PAIRING);

  it('is still (no animation) and names every week by its Monday', () => {
    expect(option.animation).toBe(false);
    const xAxis = Array.isArray(option.xAxis) ? option.xAxis[0] : option.xAxis;
    expect(xAxis && 'data' in xAxis ? xAxis.data?.slice(0, 3) : null).toEqual(['w/c 5 Jan', 'w/c 12 Jan', 'w/c 19 Jan']);
  });

  it('stacks one bar series per staff person, named with the role and coloured by it, then the unnamed contacts', () => {
    const series = bars(option);
    expect(series.map((s) => s.name)).toEqual(['Tom Pascoe (Tutor)', 'Margaret Okafor (Client manager)', 'Priya Nair (Mentor)', 'Sam Kerrow (Tutor)', UNNAMED_SERIES]);
    expect(new Set(series.map((s) => s.stack))).toEqual(new Set(['contacts']));
    const byId = (id: string) => series.find((s) => s.id === staffSeriesId(id));
    expect(colourOf(byId(STAFF.tutor.id))).toBe(ROLE_COLOURS.tutor);
    expect(colourOf(byId(STAFF.manager.id))).toBe(ROLE_COLOURS.client_manager);
    expect(colourOf(byId(STAFF.mentor.id))).toBe(ROLE_COLOURS.mentor);
    // A second tutor has the tutors' colour, told apart by stripes.
    expect(colourOf(byId(STAFF.tutor2.id))).toBe(ROLE_COLOURS.tutor);
    expect(byId(STAFF.tutor.id)?.itemStyle?.decal).toBeUndefined();
    expect(byId(STAFF.tutor2.id)?.itemStyle?.decal).toBeTruthy();
    expect(byId(STAFF.tutor.id)?.data).toEqual([1, 2, 3, 4, 6, 8, 9, 7, 1, 0]);
    expect(series.at(-1)?.data).toEqual([2, 1, 1, 0, 0, 0, 0, 0, 1, 1]);
  });

  it('frontline roles are warm and the organisation around them cool', () => {
    const hue = (hex: string): number => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
      return r !== undefined && b !== undefined && g !== undefined ? r - b : 0;
    };
    for (const role of ['tutor', 'counsellor', 'support_worker'] as const) expect(hue(ROLE_COLOURS[role])).toBeGreaterThan(0);
    for (const role of ['client_manager', 'mentor', 'reception'] as const) expect(hue(ROLE_COLOURS[role])).toBeLessThan(0);
  });

  it('marks complaints and incidents above their week, each kind with its own symbol and the label', () => {
    const markers = scatters(option);
    expect(markers.map((s) => s.id)).toEqual([markerSeriesId('complaint'), markerSeriesId('boundary_incident'), markerSeriesId('behaviour_incident')]);
    expect(markers.map((s) => s.symbol)).toEqual([MARKER_STYLES.complaint.symbol, MARKER_STYLES.boundary_incident.symbol, MARKER_STYLES.behaviour_incident.symbol]);
    expect(markers.every((s) => s.label?.show === true)).toBe(true);
    const [complaint, boundary, behaviour] = markers.map((s) => s.data);
    // w/c 2 Mar (index 8) has 6 contacts: the complaint just above, the behaviour incident above it.
    expect(complaint).toEqual([{ id: 'rec-complaint', name: 'Complaint about Tom Pascoe', value: [8, 8] }]);
    expect(behaviour).toEqual([{ id: 'rec-behaviour', name: 'Behaviour: raised voice', value: [8, 10] }]);
    expect(boundary).toEqual([{ id: 'rec-boundary', name: 'Boundary: personal number (Tom Pascoe)', value: [5, 10] }]);
    expect(markers[0]?.markLine?.data).toEqual([{ xAxis: 'w/c 2 Mar' }]);
  });

  it('finds the marker a click on the chart hit', () => {
    expect(markerAt(PAIRING, markerSeriesId('behaviour_incident'), 0)?.recordId).toBe('rec-behaviour');
    expect(markerAt(PAIRING, markerSeriesId('complaint'), 1)).toBeNull();
    expect(markerAt(PAIRING, staffSeriesId(STAFF.tutor.id), 0)).toBeNull();
  });

  it('leaves out a kind of marker the period has none of', () => {
    const quiet = weeklyContactOption({ ...PAIRING, markers: PAIRING.markers.filter((m) => m.kind === 'complaint') });
    expect(scatters(quiet).map((s) => s.name)).toEqual(['Complaint']);
  });

  it('gives the year with each week when the weeks run over two years', () => {
    expect(weekLabels(['2025-12-29', '2026-01-05'])).toEqual(['w/c 29 Dec 2025', 'w/c 5 Jan 2026']);
  });
});

describe('the contact graph option', () => {
  const series = graph(contactGraphOption(PAIRING));
  const nodes = (series.nodes ?? []).filter(isNodeObject);
  const edges = series.edges ?? [];

  it('puts the client in the centre and the staff round it at fixed places', () => {
    expect(series.layout).toBe('none');
    expect(nodes[0]).toMatchObject({ id: 'client', name: 'Amira Haddad', x: 0, y: 0 });
    expect(nodes.slice(1).map((n) => [n.id, n.x, n.y])).toEqual([
      [STAFF.tutor.id, 0, -100],
      [STAFF.manager.id, 100, 0],
      [STAFF.mentor.id, 0, 100],
      [STAFF.tutor2.id, -100, 0],
    ]);
  });

  it('colours a node by its role', () => {
    const categories = series.categories ?? [];
    const colourOfNode = (id: string): unknown => {
      const category = nodes.find((n) => n.id === id)?.category;
      return typeof category === 'number' ? categories[category]?.itemStyle?.color : undefined;
    };
    expect(colourOfNode(STAFF.tutor.id)).toBe(ROLE_COLOURS.tutor);
    expect(colourOfNode(STAFF.tutor2.id)).toBe(ROLE_COLOURS.tutor);
    expect(colourOfNode(STAFF.manager.id)).toBe(ROLE_COLOURS.client_manager);
    expect(categories.map((c) => c.name)).toEqual(['Client', 'Tutor', 'Client manager', 'Mentor']);
  });

  it('draws edges as wide as their contacts, labelled with the count; no contact is a thin dashed edge', () => {
    const widths = edges.map((e) => e.lineStyle?.width);
    expect(widths).toEqual([12, 1 + (11 * 12) / 41, 1 + (11 * 2) / 41, 1 + (11 * 2) / 41].map((w) => Math.round(w * 100) / 100));
    expect(edges.map((e) => e.label?.formatter)).toEqual(['41 contacts', '12 contacts', '2 contacts', '2 contacts']);
    const lonely = graph(contactGraphOption({ ...PAIRING, edges: PAIRING.edges.map((e) => (e.staffId === STAFF.mentor.id ? { ...e, contacts: 0 } : e)) }));
    const mentorEdge = lonely.edges?.find((e) => e.target === STAFF.mentor.id);
    expect(mentorEdge?.lineStyle).toMatchObject({ width: 1, type: 'dashed' });
    expect(mentorEdge?.label?.formatter).toBe('0 contacts');
  });
});

describe('the charts as SVG', () => {
  const size = { width: 960, height: 420 };

  it('draws the weekly chart with every staff name and marker label, the same bytes every time', () => {
    const svg = renderChartSvg(weeklyContactOption(PAIRING), size);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    for (const name of ['Tom Pascoe (Tutor)', 'Margaret Okafor (Client manager)', 'Priya Nair (Mentor)', 'Sam Kerrow (Tutor)', UNNAMED_SERIES]) expect(svg).toContain(name);
    for (const marker of PAIRING.markers) expect(svg).toContain(marker.label);
    expect(svg).toContain('w/c 5 Jan');
    expect(renderChartSvg(weeklyContactOption(PAIRING), size)).toBe(svg);
  });

  it('draws the graph with the client, the staff and the counts, the same bytes every time', () => {
    const svg = renderChartSvg(contactGraphOption(PAIRING), { width: 640, height: 460 });
    expect(svg.startsWith('<svg')).toBe(true);
    for (const text of ['Amira Haddad', 'Tom Pascoe', 'Margaret Okafor', 'Client manager', '41 contacts', '12 contacts']) expect(svg).toContain(text);
    expect(renderChartSvg(contactGraphOption(PAIRING), { width: 640, height: 460 })).toBe(svg);
  });

  it('fills every bar series with a pattern as well as its colour, so no one needs to tell colours apart', () => {
    const aria = weeklyContactOption(PAIRING).aria;
    expect(aria && !Array.isArray(aria) ? aria.decal?.show : undefined).toBe(true);
    const svg = renderChartSvg(weeklyContactOption(PAIRING), { ...size, idPrefix: 'weekly' });
    // One pattern per distinct decal: the five bar series (four staff and the unnamed) each have their own.
    const patterns = new Set(svg.match(/<pattern [^>]*id="weekly-p\d+"/g) ?? []);
    expect(patterns.size).toBeGreaterThanOrEqual(bars(weeklyContactOption(PAIRING)).length);
  });

  it('names its ids and classes from the prefix given, so two charts in one document keep apart', () => {
    const weekly = renderChartSvg(weeklyContactOption(PAIRING), { ...size, idPrefix: 'weekly' });
    expect(weekly).not.toMatch(/\bzr\d+-/);
    expect(weekly).toContain('class="weekly-cls-0"');
    expect(weekly).toContain('url(#weekly-p0)');
    expect(() => renderChartSvg(weeklyContactOption(PAIRING), { ...size, idPrefix: '1"bad' })).toThrow(/id prefix/);
  });
});
