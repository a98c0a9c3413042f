import { formatNumber, t, uiLocale } from '@/lib/browser/i18n';
import { joinSentences } from '@/lib/i18n/sentences';
import { formatDay } from './format';

interface Props {
  /** Local day keys, oldest first. */
  days: string[];
  /** Walking minutes per day, same order. */
  minutes: number[];
  /** The walking plan's target per day, same order (null outside the plan); absent without a plan. */
  targets?: (number | null)[];
}

/**
 * The top of the minutes axis: a round number at or above the longest day (never below 10), whose
 * half (the middle line) is a whole number too.
 */
export function axisMax(minutes: number[]): number {
  const most = Math.max(10, ...minutes);
  const step = most <= 20 ? 10 : most <= 60 ? 20 : most <= 120 ? 30 : 60;
  return Math.ceil(most / step) * step;
}

/** The visible one-sentence summary of the chart, or null when there is nothing to sum up. */
export function chartSummary(days: string[], minutes: number[]): string | null {
  const total = minutes.reduce((a, b) => a + b, 0);
  if (total === 0) return null;
  const best = minutes.indexOf(Math.max(...minutes));
  return t('optionsChartSummary', [
    formatNumber(total),
    formatNumber(minutes.filter((m) => m > 0).length),
    formatDay(days[best]!),
    formatNumber(minutes[best]!),
  ]);
}

/**
 * Daily walking minutes as bars with their values, a minutes axis and a day axis, a summary in
 * words, and the same data as a table. With no walk in the period (and no plan) it says so instead
 * of drawing an empty box. With a walking plan, each day's target is a dashed mark across its
 * column. The drawing is for the eye; the summary and the table carry the numbers for everyone.
 */
export function HistoryChart({ days, minutes, targets }: Props) {
  const planned = targets?.some((target) => target !== null) ? targets : undefined;
  const summary = chartSummary(days, minutes);
  if (summary === null && !planned) return <p class="chart-empty">{t('optionsChartEmpty')}</p>;
  const max = axisMax([...minutes, ...(planned ?? []).map((target) => target ?? 0)]);
  const ticks = [max, max / 2, 0];
  const todayTarget = planned?.at(-1);
  const caption = joinSentences(
    [summary ?? t('optionsChartEmpty'), todayTarget != null && t('optionsChartTargetLabel', formatNumber(todayTarget))],
    uiLocale(),
  );
  return (
    <figure class="chart">
      <div class="chart-plot" aria-hidden="true">
        <div class="chart-y">
          {ticks.map((tick) => (
            <span key={tick} class="nowrap">
              {t('optionsChartAxisMinutes', formatNumber(tick))}
            </span>
          ))}
        </div>
        <div class="chart-area">
          {ticks.map((tick) => (
            <span key={tick} class="chart-grid" style={{ bottom: `${(tick / max) * 100}%` }} />
          ))}
          {days.map((day, i) => {
            const m = minutes[i] ?? 0;
            const target = planned?.[i];
            return (
              <div key={day} class="chart-col" title={t('optionsChartBar', [formatDay(day), formatNumber(m)])}>
                {m > 0 && <span class="chart-value">{formatNumber(m)}</span>}
                <span class="chart-bar" style={{ height: `${(m / max) * 100}%` }} />
                {target != null && <span class="chart-target" style={{ bottom: `${(target / max) * 100}%` }} />}
              </div>
            );
          })}
        </div>
        {/* The first day of each week, under its bar. */}
        <div class="chart-x">
          {days
            .filter((_, i) => i % 7 === 0)
            .map((day) => (
              <span key={day}>{formatDay(day)}</span>
            ))}
        </div>
      </div>
      <figcaption class="chart-summary">{caption}</figcaption>
      {planned && <p class="hint">{t('optionsChartTargetLegend')}</p>}
      <details class="chart-table">
        <summary>{t('optionsChartTable')}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('optionsColumnDay')}</th>
              <th scope="col">{t('optionsColumnMinutes')}</th>
              {planned && <th scope="col">{t('optionsColumnTarget')}</th>}
            </tr>
          </thead>
          <tbody>
            {days.map((day, i) => (
              <tr key={day}>
                <th scope="row">{formatDay(day)}</th>
                <td>{formatNumber(minutes[i] ?? 0)}</td>
                {planned && <td>{planned[i] != null ? formatNumber(planned[i]!) : ''}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
