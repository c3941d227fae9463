// Summarises a V8 CPU profile (node --cpu-prof): where the time went, by function, both self
// time and inclusive time (a function and everything it called), optionally only for samples
// taken under a given function (the router's call of one method), so startup does not count.
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

export interface ProfileLine {
  readonly name: string;
  readonly where: string;
  readonly ms: number;
  readonly percent: number;
}

export interface ProfileSummary {
  readonly totalMs: number;
  readonly self: readonly ProfileLine[];
  readonly inclusive: readonly ProfileLine[];
}

const shortUrl = (url: string): string => url.replace(/^file:\/\//, '').replace(/^.*\/(electron|node_modules|scripts)\//, '$1/') || '(native)';

export function summariseProfile(path: string, options: { under?: RegExp; top?: number } = {}): ProfileSummary {
  const profile = JSON.parse(readFileSync(path, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const label = (n: ProfileNode) => {
    const where = n.callFrame.url ? `${shortUrl(n.callFrame.url)}:${n.callFrame.lineNumber + 1}` : '(native)';
    return { key: `${n.callFrame.functionName || '(anonymous)'}@${where}`, name: n.callFrame.functionName || '(anonymous)', where };
  };
  const stackOf = (id: number): ProfileNode[] => {
    const stack: ProfileNode[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) stack.push(byId.get(at)!);
    return stack;
  };
  const self = new Map<string, { name: string; where: string; us: number }>();
  const inclusive = new Map<string, { name: string; where: string; us: number }>();
  let totalUs = 0;
  (profile.samples ?? []).forEach((id, i) => {
    const us = profile.timeDeltas?.[i] ?? 0;
    const stack = stackOf(id);
    if (options.under && !stack.some((n) => options.under!.test(label(n).key))) return;
    totalUs += us;
    const leaf = label(stack[0]!);
    const s = self.get(leaf.key) ?? { ...leaf, us: 0 };
    s.us += us;
    self.set(leaf.key, s);
    for (const key of new Set(stack.map((n) => label(n).key))) {
      const n = stack.find((x) => label(x).key === key)!;
      const entry = inclusive.get(key) ?? { ...label(n), us: 0 };
      entry.us += us;
      inclusive.set(key, entry);
    }
  });
  const top = options.top ?? 15;
  const lines = (m: Map<string, { name: string; where: string; us: number }>) =>
    [...m.values()]
      .sort((a, b) => b.us - a.us)
      .slice(0, top)
      .map((e): ProfileLine => ({ name: e.name, where: e.where, ms: e.us / 1000, percent: (100 * e.us) / (totalUs || 1) }));
  return { totalMs: totalUs / 1000, self: lines(self), inclusive: lines(inclusive) };
}

export function formatProfile(summary: ProfileSummary): string {
  const rows = (lines: readonly ProfileLine[]) => lines.map((l) => `  ${l.percent.toFixed(1).padStart(5)}%  ${l.ms.toFixed(0).padStart(7)} ms  ${l.name}  (${l.where})`);
  return [`Self time by function (of ${summary.totalMs.toFixed(0)} ms sampled):`, ...rows(summary.self), 'Inclusive time (the function and what it called):', ...rows(summary.inclusive)].join('\n');
}

if (process.argv[1]?.endsWith('profile-summary.ts') && process.argv[2]) {
  const under = process.argv[3] ? new RegExp(process.argv[3]) : undefined;
  process.stdout.write(`${formatProfile(summariseProfile(process.argv[2], { under, top: 25 }))}\n`);
}
