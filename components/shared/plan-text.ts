/** The walking plan's state in words: the product's own rules, never attributed to the document. */
import { formatNumber, t } from '@/lib/browser/i18n';
import type { Change } from '@/lib/plan/rules';
import type { Next } from '@/lib/plan/status';

export function nextText(next: Next): string {
  const target = formatNumber(next.target);
  switch (next.kind) {
    case 'down':
      return t('planNextDown', target);
    case 'stuck':
      return t('planNextStuck', target);
    case 'hold-worse':
      return t('planNextHoldWorse', target);
    case 'top':
      return t('planNextTop', target);
    case 'hold-days':
      return t('planNextHoldDays', target);
    case 'grow':
      return t(next.tomorrow ? 'planNextGrowTomorrow' : 'planNextGrow', target);
  }
}

/** How today's target came about, or '' when it is the same as the day before's. */
export function changeText(change: Change, target: number): string {
  if (change === 'up') return t('planChangeUp', formatNumber(target));
  if (change === 'down') return t('planChangeDown', formatNumber(target));
  if (change === 'restart') return t('planChangeRestart', formatNumber(target));
  return '';
}
