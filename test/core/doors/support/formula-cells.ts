// Cells that a spreadsheet would run as formulas (OWASP CSV injection), as a client's or a phone
// system's text might hold them.
export const FORMULA_CELLS = [
  '=HYPERLINK("http://x","y")',
  "+cmd|' /C calc'!A0",
  '-2+3',
  '@SUM(1)',
  '\t=1+2',
  '\r=1+2',
  '=1+2;=3',
  '＝1+2', // full-width equals sign
] as const;
