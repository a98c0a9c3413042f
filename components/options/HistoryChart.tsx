import { t } from '@/lib/browser/i18n';
import { formatDay, formatMinutes } from './format';

interface Props {
  /** Local day keys, oldest first. */
  days: string[];
  /** Walking minutes per day, same order. */
  minutes: number[];
  /** The walking plan's target per day, same order (null outside the plan); absent without a plan. */
  targets?: (number | null)[];
}

const BAR = 8;
const GAP = 2;
const HEIGHT = 60;

/** Accessible one-sentence summary of the chart. */
export function chartSummary(days: string[], minutes: number[]): string {
  const total = minutes.reduce((a, b) => a + b, 0);
  if (total === 0) return t('optionsChartLabelEmpty');
  const best = minutes.indexOf(Math.max(...minutes));
  return t('optionsChartLabel', [
    formatMinutes(total),
    String(minutes.filter((m) => m > 0).length),
    formatDay(days[best]!),
    formatMinutes(minutes[best]!),
  ]);
}

/** The plan's targets as a stepped line over the bars: one level per day, joined where days follow. */
function targetPath(targets: (number | null)[], max: number): string {
  let path = '';
  targets.forEach((target, i) => {
    if (target === null) return;
    const y = (HEIGHT - (target / max) * HEIGHT).toFixed(1);
    path += `${i > 0 && targets[i - 1] !== null ? 'V' : `M${i * (BAR + GAP)} `}${y}H${i * (BAR + GAP) + BAR + GAP}`;
  });
  return path;
}

/** Daily walking minutes as small bars, with the same data as a table for screen readers. */
export function HistoryChart({ days, minutes, targets }: Props) {
  const planned = targets?.some((target) => target !== null) ? targets : undefined;
  const max = Math.max(10, ...minutes, ...(planned ?? []).map((target) => target ?? 0));
  const width = days.length * (BAR + GAP) - GAP;
  const todayTarget = planned?.at(-1);
  return (
    <figure class="chart">
      <svg
        role="img"
        aria-label={
          chartSummary(days, minutes) +
          (todayTarget != null ? ` ${t('optionsChartTargetLabel', String(todayTarget))}` : '')
        }
        viewBox={`0 0 ${width} ${HEIGHT}`}
        preserveAspectRatio="none"
        class="chart-bars"
      >
        <line x1="0" x2={width} y1={HEIGHT - 0.5} y2={HEIGHT - 0.5} class="chart-axis-line" />
        {minutes.map((m, i) => {
          const h = m > 0 ? Math.max(2, (m / max) * HEIGHT) : 0;
          return (
            <rect key={days[i]} x={i * (BAR + GAP)} y={HEIGHT - h} width={BAR} height={h} rx="1.5" class="chart-bar" />
          );
        })}
        {planned && <path d={targetPath(planned, max)} class="chart-target" vector-effect="non-scaling-stroke" />}
      </svg>
      <div class="chart-axis" aria-hidden="true">
        <span>{days[0] && formatDay(days[0])}</span>
        <span>{days.at(-1) && formatDay(days.at(-1)!)}</span>
      </div>
      {planned && <figcaption class="hint">{t('optionsChartTargetLegend')}</figcaption>}
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
                <td>{formatMinutes(minutes[i] ?? 0)}</td>
                {planned && <td>{planned[i] != null ? formatMinutes(planned[i]!) : ''}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
