// The benchmark's table, the growth between scales, and reports/bench.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, type as osType, release } from 'node:os';
import { dirname } from 'node:path';
import { median, type Samples } from './measure';

export const RATIO_TARGET = 1.25;

export interface OpResult {
  readonly name: string;
  /** SPEC section 8's time target in ms, or null where it sets none. */
  readonly targetMs: number | null;
  readonly encrypted: readonly number[];
  readonly plain: readonly number[] | null;
  readonly note?: string;
}

export interface ScaleResult {
  readonly scale: number;
  readonly heading: string;
  readonly ops: readonly OpResult[];
  readonly memory: unknown;
  readonly profile: unknown;
  readonly facts: unknown;
}

export const op = (name: string, targetMs: number | null, samples: Samples | number[], note?: string): OpResult =>
  Array.isArray(samples) ? { name, targetMs, encrypted: samples, plain: null, note } : { name, targetMs, encrypted: samples.encrypted, plain: samples.plain, note };

export const notOffered = (name: string, targetMs: number): OpResult => ({ name, targetMs, encrypted: [], plain: null, note: 'no case offers a letter to draft' });

const fmt = (ms: number): string => (Number.isNaN(ms) ? '—' : ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 100 ? `${ms.toFixed(0)} ms` : `${ms.toFixed(1)} ms`);
export const scaleLabel = (scale: number): string => (scale >= 1 ? '1' : `1/${Math.round(1 / scale)}`);

export function ratioOf(o: OpResult): number | null {
  return o.plain?.length ? median(o.encrypted) / median(o.plain) : null;
}

function verdict(o: OpResult): string {
  if (!o.encrypted.length) return o.note ?? '';
  const parts: string[] = [];
  if (o.targetMs !== null) parts.push(median(o.encrypted) < o.targetMs ? `< ${fmt(o.targetMs)} met` : `< ${fmt(o.targetMs)} MISSED`);
  const r = ratioOf(o);
  if (r !== null) parts.push(r <= RATIO_TARGET ? `ratio met` : `ratio MISSED`);
  return [parts.join(', '), o.note].filter(Boolean).join('; ');
}

export function formatTable(result: ScaleResult): string {
  const head = ['operation', 'encrypted', 'unencrypted', 'ratio', 'target (SPEC 8) / note'];
  const rows = result.ops.map((o) => {
    const r = ratioOf(o);
    return [o.name, o.encrypted.length ? fmt(median(o.encrypted)) : '—', o.plain?.length ? fmt(median(o.plain)) : '—', r === null ? '—' : `${r.toFixed(2)}x`, verdict(o)];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i === 0 || i === 4 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  return [result.heading, line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** Median time at each scale and how many times it grew from the scale before (the data grows 10x a step). */
export function formatGrowth(results: readonly ScaleResult[]): string {
  if (results.length < 2) return '';
  const names = results[0]!.ops.filter((o) => o.encrypted.length).map((o) => o.name);
  const head = ['operation (encrypted medians)', ...results.map((r) => scaleLabel(r.scale)), ...results.slice(1).map((r, i) => `${scaleLabel(r.scale)} / ${scaleLabel(results[i]!.scale)}`)];
  const rows = names.map((name) => {
    const ms = results.map((r) => {
      const o = r.ops.find((x) => x.name === name);
      return o?.encrypted.length ? median(o.encrypted) : Number.NaN;
    });
    return [name, ...ms.map(fmt), ...ms.slice(1).map((m, i) => (Number.isNaN(m) || Number.isNaN(ms[i]!) ? '—' : `${(m / ms[i]!).toFixed(1)}x`))];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return ['How cost grows with the organisation (each step is 10x the data; 10x is linear):', line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export function machine(sqliteVersion: string) {
  const cpu = cpus();
  return { cpu: cpu[0]?.model ?? 'unknown', cores: cpu.length, memoryGiB: +(totalmem() / 2 ** 30).toFixed(1), os: `${osType()} ${release()}`, node: process.version, sqlite: sqliteVersion };
}

export function writeJson(path: string, data: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  const round = (_key: string, value: unknown) => (typeof value === 'number' && !Number.isInteger(value) ? +value.toFixed(3) : value);
  writeFileSync(path, `${JSON.stringify(data, round, 2)}\n`);
}

export function jsonOf(result: ScaleResult) {
  return {
    ...result,
    ops: result.ops.map((o) => ({ ...o, encryptedMedianMs: o.encrypted.length ? median(o.encrypted) : null, plainMedianMs: o.plain?.length ? median(o.plain) : null, ratio: ratioOf(o) })),
  };
}
