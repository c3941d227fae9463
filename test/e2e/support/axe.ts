// An axe-core audit of what a page shows now, against WCAG 2.1 A and AA, keeping the violations
// a person would be stopped by (impact serious or critical) and saying where each one is.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { Result } from 'axe-core';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;

const BLOCKING: ReadonlySet<Result['impact']> = new Set(['serious', 'critical']);

/** The serious and critical violations on the page, or inside `within` (a CSS selector) only. */
export async function blockingViolations(page: Page, within?: string): Promise<Result[]> {
  const builder = new AxeBuilder({ page }).withTags([...WCAG_TAGS]);
  if (within) builder.include(within);
  const results = await builder.analyze();
  return results.violations.filter((v) => BLOCKING.has(v.impact));
}

/** One paragraph per violation: its rule, what it asks, and every node it was found on. */
export function describeViolations(screen: string, violations: readonly Result[]): string {
  const lines = violations.map((v) => {
    const nodes = v.nodes.map((n) => `    ${n.target.join(' ')}\n      ${n.failureSummary?.replace(/\n/g, '\n      ') ?? ''}`);
    return `  [${v.impact ?? '?'}] ${v.id}: ${v.help} (${v.helpUrl})\n${nodes.join('\n')}`;
  });
  return `${screen}: ${violations.length} serious or critical accessibility violation(s)\n${lines.join('\n')}`;
}
