// Words for the policy settings: where a default comes from, and a list of services.
import { SERVICES, type Origin, type Service } from '../../../electron/core/contract';
import { SERVICE_LABELS } from '../../labels';

export const ORIGIN_LABELS: Readonly<Record<Origin, string>> = {
  policy: 'from the policy',
  threshold: "Threshold's default",
};

/** "all services", "no service", or the services by name in the contract's order. */
export function servicesText(services: readonly Service[]): string {
  if (services.length === SERVICES.length) return 'all services';
  if (services.length === 0) return 'no service';
  return SERVICES.filter((s) => services.includes(s))
    .map((s) => SERVICE_LABELS[s])
    .join(', ');
}

export const sameServices = (a: readonly Service[], b: readonly Service[]): boolean => a.length === b.length && a.every((s) => b.includes(s));
