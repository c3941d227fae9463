// Imported first by main.ts. The renderer bundles zod with the contract's schemas, and zod
// probes at the first z.object whether it may compile parsers with `new Function`. Under the
// app's CSP (no 'unsafe-eval') that probe is refused, and Chromium reports the refusal as a
// policy violation. Saying up front that eval is off spares the probe, so the renderer starts
// without a single violation (test/e2e/csp.spec.ts). The renderer does not parse with zod;
// the core does, in Node, where compiled parsers stay on.
import { config } from 'zod';

config({ jitless: true });
