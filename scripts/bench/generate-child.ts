// Generates one benchmark store in a process of its own, so the plan's memory never weighs on
// the measurements. Usage: generate-child.ts STORE_DIR SCALE. Prints the summary as JSON.
import { generateOrganisation } from '../../electron/core/generate';
import { peakRssMB } from './peak-rss';

const [dir, scale] = process.argv.slice(2);
if (!dir || !scale) throw new Error('usage: generate-child.ts STORE_DIR SCALE');
let shown = -1;
const summary = await generateOrganisation({
  storeDir: dir,
  scale: Number(scale),
  onProgress: (p) => {
    const tenth = p.phase === 'records' && p.total ? Math.floor((10 * p.done) / p.total) : -1;
    if (tenth > shown) process.stderr.write(`    records ${p.done}/${p.total}\n`);
    shown = Math.max(shown, tenth);
  },
});
process.stdout.write(`${JSON.stringify({ ...summary, peakRssMB: peakRssMB() ?? Number.NaN })}\n`);
