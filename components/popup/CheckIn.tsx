import { useEffect, useRef, useState } from 'preact/hooks';
import { formatNumber, t, uiLocale } from '@/lib/browser/i18n';
import { joinSentences } from '@/lib/i18n/sentences';
import type { Feel, WalkEntry, Where } from '@/lib/history/model';
import { adviceFor } from '@/lib/plan/check-in';
import { AdviceList } from '../shared/AdviceList';
import { HealthNote } from '../shared/HealthNote';
import { focusAfter } from './focus';
import './WalkingPlan.css';

interface Props {
  walk: WalkEntry;
  /** The walk's day went beyond the walking plan's target (only while a plan runs). */
  beyondPlan: boolean;
  /** "Worse" persists (two walking days in a row, or the plan is stuck at its floor): add the health note. */
  persists: boolean;
  /** Stores the answer; resolves false (with the reason shown by the caller) when it was refused. */
  onAnswer(feel: Feel, where?: Where): Promise<boolean>;
  onSkip(): void;
}

const FEELS = [
  ['better', 'checkInBetter'],
  ['same', 'checkInSame'],
  ['worse', 'checkInWorse'],
] as const;

const PLACES = [
  ['lower-back', 'checkInWhereLowerBack'],
  ['hip', 'checkInWhereHip'],
  ['leg', 'checkInWhereLeg'],
] as const;

const SAVED = { better: 'checkInSavedBetter', same: 'checkInSavedSame', worse: 'checkInSavedWorse' } as const;

/**
 * The back check-in after a walk: one tap on Better, Same or Worse (or Skip); after Worse, where it
 * feels worse, if the user wants to say. Then the document's answers that fit, with their questions.
 */
export function CheckIn({ walk, beyondPlan, persists, onAnswer, onSkip }: Props) {
  const [feel, setFeel] = useState<Feel | null>(walk.checkIn?.feel ?? null);
  const [where, setWhere] = useState<Where | undefined>(walk.checkIn?.where);
  const [busy, setBusy] = useState(false);
  const section = useRef<HTMLElement>(null);
  const saved = useRef<HTMLParagraphElement>(null);
  // Each stored answer replaces the tapped button: focus moves to the confirmation, never to <body>.
  const [answers, setAnswers] = useState(0);
  useEffect(() => {
    if (answers) saved.current?.focus();
  }, [answers]);

  // While an answer is stored the buttons are aria-disabled, not disabled: a disabled button drops
  // focus to <body> (and leaves it there if the answer is refused).
  const answer = async (f: Feel, w?: Where) => {
    if (busy) return;
    setBusy(true);
    const ok = await onAnswer(f, w);
    setBusy(false);
    if (!ok) return;
    setFeel(f);
    setWhere(w);
    setAnswers((n) => n + 1);
  };

  const place = PLACES.find(([id]) => id === where);

  return (
    <section ref={section} class="check-in" aria-labelledby="check-in-heading">
      <h2 id="check-in-heading">{t('checkInHeading')}</h2>
      <p class="check-in-walk">{t('checkInWalk', formatNumber(walk.actualMin))}</p>
      {feel === null ? (
        <>
          <p id="check-in-question" class="check-in-question">
            {t('checkInQuestion')}
          </p>
          <div class="check-in-answers" role="group" aria-labelledby="check-in-question">
            {FEELS.map(([id, key]) => (
              <button
                key={id}
                type="button"
                class="button"
                aria-disabled={busy || undefined}
                onClick={() => void answer(id)}
              >
                {t(key)}
              </button>
            ))}
          </div>
          <button
            type="button"
            class="button button-quiet check-in-skip"
            onClick={() => {
              // The section goes: focus moves on to what follows it.
              focusAfter(section.current);
              onSkip();
            }}
          >
            {t('checkInSkip')}
          </button>
        </>
      ) : (
        <>
          <p ref={saved} class="check-in-saved" tabIndex={-1} role="status">
            {joinSentences([t(SAVED[feel]), place && t('checkInWhereSaved', t(place[1]))], uiLocale())}
          </p>
          {feel === 'worse' && !where && (
            <>
              <p id="check-in-where" class="check-in-question">
                {t('checkInWhereQuestion')}
              </p>
              <div class="check-in-answers" role="group" aria-labelledby="check-in-where">
                {PLACES.map(([id, key]) => (
                  <button
                    key={id}
                    type="button"
                    class="button"
                    aria-disabled={busy || undefined}
                    onClick={() => void answer('worse', id)}
                  >
                    {t(key)}
                  </button>
                ))}
              </div>
            </>
          )}
          <h3 id="check-in-advice" class="advice-heading">
            {t('checkInAdviceHeading')}
          </h3>
          <AdviceList ids={adviceFor(feel, where, { beyondPlan })} labelledBy="check-in-advice" />
          {feel === 'worse' && persists && (
            <div class="advice-note">
              <p>{t('checkInPersists')}</p>
              <HealthNote />
            </div>
          )}
        </>
      )}
    </section>
  );
}
