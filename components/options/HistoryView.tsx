import { useState } from 'preact/hooks';
import { currentStreak, dailyWalkMinutes, totalsByDay, type History } from '@/lib/history';
import { lastDays } from '@/lib/time/days';
import { t, tPlural } from '@/lib/browser/i18n';
import { formatDay, formatMinutes, formatMoment } from './format';
import { HistoryChart } from './HistoryChart';

interface Props {
  history: History;
  now: number;
  timeZone: string;
}

const WALKS_SHOWN = 20;

function streakText(days: number): string {
  return days === 0 ? t('optionsStreakNone') : tPlural('optionsStreak', days);
}

/** Streak, daily walking minutes, recent walks and answered posture checks. */
export function HistoryView({ history, now, timeZone }: Props) {
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
      <HistoryChart days={chartDays} minutes={minutes} />

      <h3 id="walks-heading">{t('optionsWalksHeading')}</h3>
      {walks.length === 0 ? (
        <p class="hint">{t('optionsWalksEmpty')}</p>
      ) : (
        <>
          <ul class="walks" aria-labelledby="walks-heading">
            {shownWalks.map((w) => (
              <li key={w.startedAt}>
                <time dateTime={new Date(w.startedAt).toISOString()}>{formatMoment(w.startedAt, timeZone)}</time>
                <span>{t('optionsWalkMinutes', [formatMinutes(w.actualMin), String(w.plannedMin)])}</span>
                <span class={w.finished ? 'walk-finished' : 'walk-short'}>
                  {w.finished ? t('optionsWalkFinished') : t('optionsWalkCutShort')}
                </span>
              </li>
            ))}
          </ul>
          {walks.length > WALKS_SHOWN && !showAll && (
            <button type="button" class="button" onClick={() => setShowAll(true)}>
              {t('optionsWalksShowAll', String(walks.length))}
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
