// The parts of ECharts the Pairing tab draws with, registered once (tree-shaken: only these are
// bundled). SVG, not canvas: crisp at any zoom, text a screen reader and a search can reach, and
// the same renderer the review pack's server-side SVG uses.
import { BarChart, GraphChart, ScatterChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

use([SVGRenderer, BarChart, ScatterChart, GraphChart, GridComponent, LegendComponent, TooltipComponent, MarkLineComponent, AriaComponent]);

export { default as VChart } from 'vue-echarts';
