import { useState } from 'preact/hooks';
import { CUES } from '@/lib/content';
import { t } from '@/lib/browser/i18n';
import { LIMITS } from '@/lib/settings/model';
import { remainingMs, type Walk } from '@/lib/walk/walk';
import { formatClock } from '../shared/duration';
import { useCommand, type Send } from '../hooks/use-command';
import { useNow } from '../hooks/use-stored-value';

interface Props {
  /** The running walk, null when none, undefined while storage has not answered yet. */
  timer: Walk | null | undefined;
  defaultMinutes: number;
  send?: Send;
}

const { min: MIN_WALK, max: MAX_WALK } = LIMITS.walkLengthMin;

/** The walk timer: start with a length, then a live countdown with pause, finish and cancel. */
export function WalkPanel({ timer, defaultMinutes, send }: Props) {
  const [minutes, setMinutes] = useState<number | null>(null);
  const { run, busy, alert } = useCommand(send);
  const length = minutes ?? defaultMinutes;
  // The tick only triggers re-renders; each render reads the clock itself, so the first frame after
  // Resume is already right.
  useNow(Boolean(timer && timer.pausedAt === null));

  const change = (delta: number) => setMinutes(Math.min(MAX_WALK, Math.max(MIN_WALK, length + delta)));

  return (
    <section class="walk" aria-labelledby="walk-heading">
      <h2 id="walk-heading">{t('popupWalkHeading')}</h2>
      {timer ? (
        <div class="walk-running">
          <p class="walk-countdown">
            <span class="walk-countdown-label">{t('popupWalkTimeLeft')}</span>{' '}
            <span class="walk-clock" role="timer" aria-live="off">
              {formatClock(remainingMs(timer, Date.now()))}
            </span>{' '}
            {timer.pausedAt !== null && <span class="walk-paused">{t('popupWalkPaused')}</span>}
          </p>
          <div class="walk-actions">
            {timer.pausedAt === null ? (
              <button type="button" class="button" disabled={busy} onClick={() => run({ type: 'walk-pause' })}>
                {t('popupWalkPause')}
              </button>
            ) : (
              <button type="button" class="button" disabled={busy} onClick={() => run({ type: 'walk-resume' })}>
                {t('popupWalkResume')}
              </button>
            )}
            <button type="button" class="button" disabled={busy} onClick={() => run({ type: 'walk-finish' })}>
              {t('popupWalkFinish')}
            </button>
            <button type="button" class="button" disabled={busy} onClick={() => run({ type: 'walk-cancel' })}>
              {t('popupWalkCancel')}
            </button>
          </div>
          <p class="walk-cue">
            <span class="walk-cue-label">{t('popupWalkCue')}:</span> {CUES.whileWalking.text}
          </p>
        </div>
      ) : (
        <div class="walk-start">
          <button
            type="button"
            class="button button-primary"
            disabled={busy || timer === undefined}
            onClick={() => run({ type: 'walk-start', minutes: length })}
          >
            {t('popupStartWalk', String(length))}
          </button>
          <div class="walk-length" role="group" aria-label={t('popupWalkLength')}>
            <button
              type="button"
              class="button"
              aria-label={t('popupWalkShorter')}
              disabled={length <= MIN_WALK}
              onClick={() => change(-1)}
            >
              −
            </button>
            <output aria-live="polite">{t('popupWalkMinutes', String(length))}</output>
            <button
              type="button"
              class="button"
              aria-label={t('popupWalkLonger')}
              disabled={length >= MAX_WALK}
              onClick={() => change(1)}
            >
              +
            </button>
          </div>
        </div>
      )}
      {alert}
    </section>
  );
}
