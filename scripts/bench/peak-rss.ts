import { readFileSync } from 'node:fs';

/**
 * This process's own peak RSS in MB, or null off Linux. Not process.resourceUsage().maxRSS: on
 * Linux that carries the parent's peak across fork and exec, so a child of the large benchmark
 * would report the benchmark's memory. VmHWM belongs to this process's address space alone.
 */
export function peakRssMB(): number | null {
  try {
    const kB = /VmHWM:\s+(\d+)\s*kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    return kB ? Number(kB) / 1024 : null;
  } catch {
    return null;
  }
}
