// An ECharts option drawn to an SVG string with no window (ECharts' server-side rendering): the
// review pack's PDF embeds the same picture the Pairing tab shows. Options for this should set
// `animation: false`, so the picture is complete when drawn.
//
// ZRender names the SVG's ids and classes from counters that run for the whole process (its SVG
// painters' count, a class count), so two renderings of one option differ. They are
// renamed here from the caller's prefix, numbered in order of appearance: the same option and
// size give the same bytes, and charts embedded in one document keep apart by their prefixes.
import * as echarts from 'echarts';
import type { EChartsOption } from 'echarts';

export interface SvgOptions {
  readonly width: number;
  readonly height: number;
  /** Starts every id and class in the SVG; give each chart in one document its own. */
  readonly idPrefix?: string;
}

/** ZRender's own names: `zr7-cls-41` (a class), `zr7-c3` (a clip path), `zr7-p0` (a pattern)... */
const ZR_NAME = /\bzr\d+-(cls-|ani-|[a-z]+)(\d+)\b/g;
/** Tags and the style sheet: the only places ZRender writes names (text is escaped, so has no `<`). */
const MARKUP = /<style[\s\S]*?<\/style>|<[^>]*>/g;

/** Each name → `${prefix}-<kind><n>`, numbered per kind in order of first use. */
function stableIds(svg: string, prefix: string): string {
  const names = new Map<string, string>();
  const perKind = new Map<string, number>();
  const rename = (whole: string, kind: string): string => {
    let name = names.get(whole);
    if (name === undefined) {
      const n = perKind.get(kind) ?? 0;
      perKind.set(kind, n + 1);
      name = `${prefix}-${kind}${n}`;
      names.set(whole, name);
    }
    return name;
  };
  return svg.replace(MARKUP, (markup) => markup.replace(ZR_NAME, rename));
}

export function renderChartSvg(option: EChartsOption, { width, height, idPrefix = 'chart' }: SvgOptions): string {
  if (!/^[A-Za-z][\w-]*$/.test(idPrefix)) throw new Error(`An SVG id prefix must be a letter then letters, digits, - or _ (not "${idPrefix}")`);
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption(option);
    return stableIds(chart.renderToSVGString(), idPrefix);
  } finally {
    chart.dispose();
  }
}
