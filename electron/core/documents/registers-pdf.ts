// The oversight register (every warning, restriction, withdrawal and appeal in a period, for the
// board) and the restriction register (every contact restriction and communication agreement with
// its review date and state) as pdfmake documents (SPEC section 7). Both print the data the
// registers' own methods return (decisions/registers.ts), in landscape tables whose header
// repeats on every page. Cases are named by reference only: a board reads them without names.
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { RegisterEntry, RestrictionView } from '../contract';
import { SERVICE_LABELS } from '../contract';
import { britishDate, londonDateTime, shortDate } from '../pdf/format';
import { fixedInfo } from '../pdf/render';
import { cap, frame, GREY, longTable, none, words } from './layout';

export interface RegisterMeta {
  readonly organisation: string;
  readonly preparedAt: string;
  readonly preparedBy: string;
}

const KIND_WORDS: Record<RegisterEntry['kind'], string> = { warning: 'Warning', restriction: 'Contact restriction', withdrawal: 'Withdrawal', appeal: 'Appeal' };

function head(meta: RegisterMeta, title: string, subtitle: string): Content[] {
  return [
    { text: meta.organisation, fontSize: 10, color: GREY },
    { text: title, style: 'title' },
    { text: `${subtitle} · prepared on ${londonDateTime(meta.preparedAt)} by ${meta.preparedBy}`, style: 'subtitle' },
  ];
}

export function oversightDocument(meta: RegisterMeta, register: { from: string; to: string; entries: readonly RegisterEntry[] }): TDocumentDefinitions {
  const title = 'Oversight register';
  const period = `${britishDate(register.from)} to ${britishDate(register.to)}`;
  const count = (kind: RegisterEntry['kind']) => register.entries.filter((e) => e.kind === kind).length;
  const totals = (['warning', 'restriction', 'withdrawal', 'appeal'] as const).map((k) => `${KIND_WORDS[k].toLowerCase()}s ${count(k)}`).join(' · ');
  return {
    info: fixedInfo(`${title} ${register.from} to ${register.to}`, meta.preparedAt),
    ...frame(title, 'landscape', `${meta.organisation} · oversight register ${period}`),
    content: [
      ...head(meta, title, `Every verbal and written warning, contact restriction, withdrawal of service and appeal from ${period}`),
      { text: `In this period: ${totals}.`, margin: [0, 0, 0, 8] },
      register.entries.length
        ? longTable(
            [60, 60, 90, 80, '*', 60, 110, 80],
            ['Date', 'Case', 'Service', 'Kind', 'What', 'Criteria', 'By', 'State'],
            register.entries.map((e) => [shortDate(e.date), e.reference, SERVICE_LABELS[e.service], KIND_WORDS[e.kind], e.description, e.criteria.join(', ') || '—', e.by, cap(words(e.state))]),
          )
        : none('Nothing was recorded in this period.'),
      { text: 'Warnings: the issuer. Restrictions and withdrawals: who decided. Appeals: who decided, or to whom the appeal is assigned. States are as of the day this register was prepared.', style: 'note', margin: [0, 8, 0, 0] },
    ],
  };
}

export function restrictionDocument(meta: RegisterMeta, register: { asOf: string; items: readonly RestrictionView[] }): TDocumentDefinitions {
  const title = 'Restriction register';
  const lastReview = (r: RestrictionView): string => {
    const x = r.reviews.at(-1);
    return x ? `${x.action === 'renew' ? 'Renewed' : 'Lifted'} ${shortDate(x.reviewedOn)} by ${x.by.fullName}: ${x.reasons}` : '—';
  };
  return {
    info: fixedInfo(`${title} ${register.asOf}`, meta.preparedAt),
    ...frame(title, 'landscape', `${meta.organisation} · restriction register as of ${britishDate(register.asOf)}`),
    content: [
      ...head(meta, title, `Every contact restriction and communication agreement, with its review date and state, as of ${britishDate(register.asOf)}`),
      register.items.length
        ? longTable(
            [56, 100, '*', 56, 56, 60, 120],
            ['Case', 'Kind', 'Terms', 'Started', 'Review on', 'State', 'Last review'],
            register.items.map((r) => [r.reference, cap(words(r.kind)), r.description, shortDate(r.startedOn), { text: shortDate(r.reviewOn), bold: r.state === 'review_due' || r.state === 'lapsed' }, cap(words(r.state)), lastReview(r)]),
          )
        : none('There are no contact restrictions or communication agreements.'),
      {
        text: 'Review dates first. Review due: within 14 days. Lapsed: past its review date without a review; it no longer applies and must be reviewed (renewed with reasons, or lifted).',
        style: 'note',
        margin: [0, 8, 0, 0],
      },
    ],
  };
}
