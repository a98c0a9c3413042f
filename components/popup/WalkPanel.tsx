import { useState } from 'preact/hooks';
import { CUES } from '@/lib/content';
import { formatNumber, t, unbroken } from '@/lib/browser/i18n';
import type { Command } from '@/lib/commands';
import { LIMITS } from '@/lib/settings/model';
import { remainingMs, type Walk } from '@/lib/walk/walk';
import { formatClock } from '../shared/clock';
import { useCommand, type Send } from '../hooks/use-command';
import type { FocusNext } from '../hooks/use-focus-next';
import { useNow } from '../hooks/use-stored-value';
import { FOCUS } from './status-ids';

interface Props {
  /** The running walk, null when none, undefined while storage has not answered yet. */
  timer: Walk | null | undefined;
  defaultMinutes: number;
  /** A walk reminder waits: Start walk is its answer, and says so (described by the status line). */
  dueDescribedBy?: string;
  /** What became of the last walk ("Walk logged: 5 minutes"), shown until the next one starts. */
  note?: string;
  send?: Send;
  focusNext?: FocusNext;
}

/** Ids of the controls focus moves to after a walk action (see useFocusNext). */
const WALK_FOCUS = { start: FOCUS.startWalk, toggle: FOCUS.walkToggle } as const;

const { min: MIN_WALK, max: MAX_WALK } = LIMITS.walkLengthMin;

/** The walk timer: start with a length, then a live countdown with pause, finish and cancel. */
export function WalkPanel({ timer, defaultMinutes, dueDescribedBy, note, send, focusNext }: Props) {
  const [minutes, setMinutes] = useState<number | null>(null);
  const { run, busy, alert } = useCommand(send);
  // A command holds the buttons only until the walk it was sent for changes: the background stores the
  // change before it replies, and focus may already be on a new button (Pause after Start) that must
  // take the next press, not be announced unavailable.
  const [sentFor, setSentFor] = useState<Walk | null | undefined>(undefined);
  const waiting = busy && sentFor === timer;
  const length = minutes ?? defaultMinutes;
  // The tick only triggers re-renders; each render reads the clock itself, so the first frame after
  // Resume is already right.
  useNow(Boolean(timer && timer.pausedAt === null));

  const change = (delta: number) => setMinutes(Math.min(MAX_WALK, Math.max(MIN_WALK, length + delta)));
  /** Runs a walk command; focus goes to `next` once the pressed button has been replaced. */
  const act = async (command: Command, next?: string) => {
    if (waiting) return;
    setSentFor(timer);
    if (next) focusNext?.request(next);
    if (!(await run(command))) focusNext?.cancel();
  };

  return (
    <section class="walk" aria-labelledby="walk-heading">
      <h2 id="walk-heading" class="visually-hidden">
        {t('popupWalkHeading')}
      </h2>
      {timer ? (
        // Keyed: the two views never share elements, so a pressed button is replaced, not renamed.
        <div class="walk-running" key="running">
          <p class="walk-countdown">
            <span class="walk-countdown-label">{t('popupWalkTimeLeft')}</span>{' '}
            <span class="walk-clock" role="timer" aria-live="off">
              {formatClock(remainingMs(timer, Date.now()))}
            </span>{' '}
            {timer.pausedAt !== null && <span class="walk-paused">{t('popupWalkPaused')}</span>}
          </p>
          <div class="walk-actions">
            {/* One button that changes its name, so focus stays on it across Pause and Resume. */}
            <button
              id={WALK_FOCUS.toggle}
              type="button"
              class="button button-primary"
              aria-disabled={waiting || undefined}
              onClick={() => act({ type: timer.pausedAt === null ? 'walk-pause' : 'walk-resume' })}
            >
              {timer.pausedAt === null ? t('popupWalkPause') : t('popupWalkResume')}
            </button>
            <button
              type="button"
              class="button"
              aria-disabled={waiting || undefined}
              onClick={() => act({ type: 'walk-finish' }, WALK_FOCUS.start)}
            >
              {t('popupWalkFinish')}
            </button>
            <button
              type="button"
              class="button"
              aria-disabled={waiting || undefined}
              onClick={() => act({ type: 'walk-cancel' }, WALK_FOCUS.start)}
            >
              {t('popupWalkCancel')}
            </button>
          </div>
          <p class="walk-cue">
            {/* The label on its own line rather than "label: cue": no punctuation of ours between a
                translated label and the document's English. */}
            <span class="walk-cue-label">{t('popupWalkCue')}</span>
            {/* The document's English (ENGLISH of ../shared/english, written out: this panel is in the
                popup's first paint, which should not load one more chunk for two attributes). */}
            <span class="walk-cue-text" lang="en" dir="ltr">
              {CUES.whileWalking.text}
            </span>
          </p>
        </div>
      ) : (
        <div class="walk-start" key="start">
          <button
            id={WALK_FOCUS.start}
            type="button"
            class="button button-primary"
            disabled={timer === undefined}
            aria-disabled={waiting || undefined}
            aria-describedby={dueDescribedBy}
            onClick={() => act({ type: 'walk-start', minutes: length }, WALK_FOCUS.toggle)}
          >
            {t('popupStartWalk', formatNumber(length))}
          </button>
          {/* At the limits the buttons say they are unavailable but stay focusable: a disabled button
              drops the focus that was on it. */}
          {/* data-repeat: each click of a double-click counts here (components/shared/one-press.ts). */}
          <div class="walk-length" role="group" aria-label={t('popupWalkLength')} data-repeat>
            <button
              type="button"
              class="button"
              aria-label={t('popupWalkShorter')}
              aria-disabled={length <= MIN_WALK || undefined}
              onClick={() => change(-1)}
            >
              −
            </button>
            <output aria-live="polite">{unbroken(t('popupWalkMinutes', formatNumber(length)))}</output>
            <button
              type="button"
              class="button"
              aria-label={t('popupWalkLonger')}
              aria-disabled={length >= MAX_WALK || undefined}
              onClick={() => change(1)}
            >
              +
            </button>
          </div>
          {note && <p class="walk-note">{note}</p>}
        </div>
      )}
      {alert}
    </section>
  );
}
