// The client–staff graph for a period (SPEC section 9, the Pairing tab): the client in the
// centre, each staff person around, an edge's width and label the contacts between them. Fixed
// positions (no force layout), so the same data draws the same picture in the window and in the
// review pack's SVG.
import type { EChartsOption, GraphSeriesOption } from 'echarts';
import type { PairingData, StaffRole } from '../contract';
import { STAFF_ROLE_LABELS } from '../contract/labels';
import { CLIENT_COLOUR, FONT_FAMILY, ROLE_COLOURS } from './pairing-style';

type GraphNode = NonNullable<GraphSeriesOption['nodes']>[number];
type GraphEdge = NonNullable<GraphSeriesOption['edges']>[number];

export const CLIENT_NODE_ID = 'client';
const RADIUS = 100;
const MIN_EDGE = 1;
const MAX_EDGE = 12;

const contactsWord = (n: number): string => `${n} ${n === 1 ? 'contact' : 'contacts'}`;
/** Rounded, so no platform's last digit of a sine changes the SVG. */
const fixed = (n: number): number => Math.round(n * 100) / 100;

/** Staff on a circle round the client, the first at the top, going clockwise. */
function around(i: number, count: number): { x: number; y: number } {
  const angle = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(1, count);
  return { x: fixed(RADIUS * Math.cos(angle)), y: fixed(RADIUS * Math.sin(angle)) };
}

export function contactGraphOption(data: PairingData): EChartsOption {
  const contacts = new Map(data.edges.map((e) => [e.staffId, e.contacts]));
  const most = Math.max(1, ...data.edges.map((e) => e.contacts));
  const roles = [...new Set(data.staff.map((s) => s.staffRole))];
  const categories: NonNullable<GraphSeriesOption['categories']> = [
    { name: 'Client', itemStyle: { color: CLIENT_COLOUR } },
    ...roles.map((role) => ({ name: STAFF_ROLE_LABELS[role], itemStyle: { color: ROLE_COLOURS[role] } })),
  ];
  const categoryOf = (role: StaffRole): number => roles.indexOf(role) + 1;

  const nodes: GraphNode[] = [
    { id: CLIENT_NODE_ID, name: data.clientName, x: 0, y: 0, symbolSize: 58, category: 0, label: { position: 'bottom', fontWeight: 'bold' } },
    ...data.staff.map((person, i): GraphNode => {
      const n = contacts.get(person.id) ?? 0;
      return {
        id: person.id,
        name: `${person.fullName}\n${STAFF_ROLE_LABELS[person.staffRole]}`,
        value: n,
        ...around(i, data.staff.length),
        symbolSize: fixed(28 + (18 * n) / most),
        category: categoryOf(person.staffRole),
      };
    }),
  ];
  const edges: GraphEdge[] = data.staff.map((person) => {
    const n = contacts.get(person.id) ?? 0;
    return {
      source: CLIENT_NODE_ID,
      target: person.id,
      value: n,
      // No contact at all is drawn too, thin and dashed: a manager left out is the finding.
      lineStyle: { width: fixed(MIN_EDGE + ((MAX_EDGE - MIN_EDGE) * n) / most), type: n ? 'solid' : 'dashed', color: ROLE_COLOURS[person.staffRole], opacity: 0.75 },
      label: { show: true, formatter: contactsWord(n) },
    };
  });

  return {
    animation: false,
    aria: { enabled: true },
    textStyle: { fontFamily: FONT_FAMILY },
    legend: { type: 'plain', top: 0, left: 0, data: categories.flatMap((c) => (c.name === undefined ? [] : [String(c.name)])) },
    tooltip: { trigger: 'item' },
    series: [
      {
        type: 'graph',
        id: 'contacts',
        name: 'Contacts',
        layout: 'none',
        top: 60,
        bottom: 50,
        left: 90,
        right: 90,
        roam: false,
        categories,
        nodes,
        edges,
        label: { show: true, position: 'bottom', fontSize: 12, lineHeight: 15, color: '#1F2A30' },
        edgeLabel: { show: true, fontSize: 11, color: '#1F2A30', backgroundColor: 'rgba(255, 255, 255, 0.85)', padding: [1, 3] },
        lineStyle: { curveness: 0 },
        emphasis: { focus: 'adjacency' },
      },
    ],
  };
}
