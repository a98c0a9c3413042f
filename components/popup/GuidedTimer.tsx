import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/browser/i18n';
import { formatClock as clock } from '../shared/clock';

const TICK_MS = 250;

/**
 * A short countdown for holding or repeating an exercise. Time left is computed from the start
 * timestamp, so late ticks (a busy or throttled popup) never make it drift.
 */
export function GuidedTimer({ seconds = 30 }: { seconds?: number }) {
  const total = seconds * 1000;
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const [now, setNow] = useState(0);
  const [done, setDone] = useState(false);

  useEffect(() => {
    if (startedAt === null) return;
    const id = setInterval(() => {
      const time = Date.now();
      setNow(time);
      if (time - startedAt >= total) {
        setStartedAt(null);
        setDone(true);
      }
    }, TICK_MS);
    return () => clearInterval(id);
  }, [startedAt, total]);

  const running = startedAt !== null;
  const left = running ? Math.max(0, total - (now - startedAt)) : done ? 0 : total;

  const toggle = () => {
    const time = Date.now();
    setDone(false);
    setNow(time);
    setStartedAt(running ? null : time);
  };

  return (
    <div class="guided-timer">
      <span role="timer" class="timer-clock">
        <span class="visually-hidden">{t('exerciseTimeLeft')} </span>
        {clock(left)}
      </span>
      <button type="button" class="button button-primary" onClick={toggle}>
        {t(running ? 'exerciseTimerStop' : 'exerciseTimerStart')}
      </button>
      <span role="status" class="timer-done">
        {done && t('exerciseTimeUp')}
      </span>
    </div>
  );
}
