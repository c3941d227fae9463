// The restriction register's order: what needs the director first (a review due, or a review date
// passed unrenewed, which means the restriction has lapsed), then what is in force, then what no
// longer applies; within each, the soonest review first.
import type { RestrictionView } from '../../../electron/core/contract';

const RANK: Readonly<Record<RestrictionView['state'], number>> = { lapsed: 0, review_due: 0, in_force: 1, lifted: 2, overturned: 2 };

export const needsReview = (r: RestrictionView): boolean => r.state === 'review_due' || r.state === 'lapsed';

export function registerInOrder(items: readonly RestrictionView[]): RestrictionView[] {
  return [...items].sort((a, b) => RANK[a.state] - RANK[b.state] || (a.reviewOn < b.reviewOn ? -1 : a.reviewOn > b.reviewOn ? 1 : 0));
}
