// The pairing-dynamic charts as ECharts options, built from `pairing.get`'s data. Only types come
// from echarts, so the module stays light and environment-neutral: the window draws these with
// vue-echarts, the review pack renders the same option to SVG (render-svg.ts).
export { contactGraphOption, CLIENT_NODE_ID } from './contact-graph';
export { markerAt, markerSeriesId, markersOfKind, staffSeriesId, staffSeriesName, weeklyContactOption, type PairingStaff } from './weekly-contacts';
export { CASEWORK_MARKER_KINDS, MARKER_KINDS, MARKER_STYLES, ROLE_COLOURS, UNNAMED_COLOUR, UNNAMED_SERIES, shortDate, weekLabel, weekLabels, type Marker, type MarkerKind, type MarkerStyle } from './pairing-style';
