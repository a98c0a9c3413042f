import { useState } from 'preact/hooks';
import { currentStreak, dailyWalkMinutes, totalsByDay, type History, type WalkEntry } from '@/lib/history';
import type { Plan } from '@/lib/plan/plan';
import { planTargets } from '@/lib/plan/status';
import { lastDays } from '@/lib/time/days';
import { formatNumber, t, tPlural } from '@/lib/browser/i18n';
import { formatDay, formatMoment } from './format';
import { HistoryChart } from './HistoryChart';

interface Props {
  history: History;
  now: number;
  timeZone: string;
  /** The walking plan, when one runs: the chart shows its daily target. */
  plan?: Plan | null;
}

const WALKS_SHOWN = 20;

const FEEL = { better: 'checkInBetter', same: 'checkInSame', worse: 'checkInWorse' } as const;
const WHERE = { 'lower-back': 'checkInWhereLowerBack', hip: 'checkInWhereHip', leg: 'checkInWhereLeg' } as const;

/** "Back: Worse (Hip or buttock)": the walk's back check-in, or '' when it has none. */
function checkInText({ checkIn }: WalkEntry): string {
  if (!checkIn) return '';
  const feel = t(FEEL[checkIn.feel]);
  return checkIn.where ? t('optionsWalkCheckInWhere', [feel, t(WHERE[checkIn.where])]) : t('optionsWalkCheckIn', feel);
}

function streakText(days: number): string {
  return days === 0 ? t('optionsStreakNone') : tPlural('optionsStreak', days);
}

/** Streak, daily walking minutes, recent walks and answered posture checks. */
export function HistoryView({ history, now, timeZone, plan }: Props) {
  const [showAll, setShowAll] = useState(false);
  const chartDays = lastDays(now, timeZone, 28);
  const minutes = dailyWalkMinutes(history, now, timeZone, 28);
  const totals = totalsByDay(history, timeZone);
  const week = lastDays(now, timeZone, 7)
    .map((day) => ({ day, total: totals.get(day) }))
    .reverse();
  const walks = [...history.walks].reverse();
  const shownWalks = showAll ? walks : walks.slice(0, WALKS_SHOWN);

  return (
    <section class="card" aria-labelledby="history-heading">
      <h2 id="history-heading">{t('optionsHistoryHeading')}</h2>
      <p class="hint">{t('optionsHistoryLocalNote')}</p>
      <p class="streak">{streakText(currentStreak(history, now, timeZone))}</p>

      <h3 id="chart-heading">{t('optionsChartHeading')}</h3>
      <HistoryChart
        days={chartDays}
        minutes={minutes}
        targets={plan ? planTargets(plan, history, chartDays, now, timeZone) : undefined}
      />

      <h3 id="walks-heading">{t('optionsWalksHeading')}</h3>
      {walks.length === 0 ? (
        <p class="hint">{t('optionsWalksEmpty')}</p>
      ) : (
        <>
          <ul class="walks" aria-labelledby="walks-heading">
            {shownWalks.map((w) => (
              <li key={w.startedAt}>
                <time dateTime={new Date(w.startedAt).toISOString()}>{formatMoment(w.startedAt, timeZone)}</time>
                <span>{t('optionsWalkMinutes', [formatNumber(w.actualMin), formatNumber(w.plannedMin)])}</span>
                <span class={w.finished ? 'walk-finished' : 'walk-short'}>
                  {w.finished ? t('optionsWalkFinished') : t('optionsWalkCutShort')}
                </span>
                {w.checkIn && <span class={`walk-check-in feel-${w.checkIn.feel}`}>{checkInText(w)}</span>}
              </li>
            ))}
          </ul>
          {walks.length > WALKS_SHOWN && !showAll && (
            <button type="button" class="button" onClick={() => setShowAll(true)}>
              {t('optionsWalksShowAll', formatNumber(walks.length))}
            </button>
          )}
        </>
      )}
      <p class="hint">{t('optionsWalksOlderNote')}</p>

      <h3 id="checks-heading">{t('optionsPostureChecksHeading')}</h3>
      <table class="checks" aria-labelledby="checks-heading">
        <thead>
          <tr>
            <th scope="col">{t('optionsColumnDay')}</th>
            <th scope="col">{t('optionsColumnChecks')}</th>
            <th scope="col">{t('optionsColumnSnoozes')}</th>
            <th scope="col">{t('optionsColumnSkips')}</th>
          </tr>
        </thead>
        <tbody>
          {week.map(({ day, total }) => (
            <tr key={day}>
              <th scope="row" class="nowrap">
                {formatDay(day)}
              </th>
              <td>{total?.postureChecks ?? 0}</td>
              <td>{total?.snoozes ?? 0}</td>
              <td>{total?.skips ?? 0}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
