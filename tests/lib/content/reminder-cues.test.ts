import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QUESTIONS, type Question } from '@/lib/content';
import { fittingCues, reminderCue, START_SHORT, type ReminderCue } from '@/lib/content/reminder-cues';
import { defaultSettings, LIMITS, type Settings } from '@/lib/settings/model';

const MIN = 60_000;

const withWalk = (lengthMin: number, intervalMin = 60): Settings => {
  const s = defaultSettings();
  s.walk = { ...s.walk, lengthMin, intervalMin };
  return s;
};

/** Every sentence of an answer (paragraphs and list items), as in content.test.ts. */
const sentencesOf = (q: Question) =>
  [...q.paragraphs, ...(q.list?.items ?? []).flatMap((i) => [i.title, i.detail ?? ''])]
    .flatMap((text) => text.split(/(?<=[.!?])\s+/))
    .map((s) => s.trim());

const allCues = (): ReminderCue[] => [
  ...fittingCues('posture', defaultSettings()),
  ...fittingCues('walk', withWalk(5)),
  ...fittingCues('walk', withWalk(20)),
];

describe('reminder cues', () => {
  it.each(allCues().map((c) => [c.text, c] as const))('"%s" is a sentence of the answer it names', (_, cue) => {
    const question = QUESTIONS.find((q) => q.id === cue.source)!;
    expect(sentencesOf(question)).toContain(cue.text);
    expect(cue.question).toBe(question.question);
  });

  it('gives posture checks the document’s posture sentences', () => {
    expect(fittingCues('posture', defaultSettings()).map((c) => c.text)).toEqual([
      'Always use correct posture while walking by keeping your spine naturally curved.',
      'Postural stress is the most common cause of lower back pain.',
    ]);
  });

  it('gives walks the walking tips that fit a walk reminder: flat ground, a shallow pool, retro walking, posture', () => {
    const texts = fittingCues('walk', withWalk(20)).map((c) => c.text);
    expect(texts).toHaveLength(4);
    expect(texts.join(' ')).toMatch(/spine naturally curved/);
    expect(texts.join(' ')).toMatch(/sticking to the flats/);
    expect(texts.join(' ')).toMatch(/shallow pool/);
    expect(texts.join(' ')).toMatch(/retro walking/);
    // Never the rest or too-much tips: they say stop, not walk.
    expect(texts.join(' ')).not.toMatch(/lying down|too many steps/);
  });

  it.each([
    [5, true],
    [10, true],
    [4, false],
    [11, false],
    [20, false],
  ])('says "start with a short, 5 to 10-minute walk" for a %i-minute walk: %s', (length, said) => {
    expect(fittingCues('walk', withWalk(length)).includes(START_SHORT)).toBe(said);
  });

  it('never tells a walk reminder something its length contradicts (any length, any time)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: LIMITS.walkLengthMin.min, max: LIMITS.walkLengthMin.max }),
        fc.integer({ min: LIMITS.walkIntervalMin.min, max: LIMITS.walkIntervalMin.max }),
        fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2035, 0, 1) }),
        (length, interval, at) => {
          const cue = reminderCue('walk', withWalk(length, interval), at);
          if (length < 5 || length > 10) expect(cue).not.toBe(START_SHORT);
        },
      ),
    );
  });

  it('rotates: reminders one interval apart carry every fitting cue in turn', () => {
    const settings = withWalk(5, 60);
    const start = Date.UTC(2025, 5, 2, 9, 0);
    const cues = fittingCues('walk', settings);
    const shown = Array.from({ length: cues.length }, (_, i) => reminderCue('walk', settings, start + i * 60 * MIN));
    expect(new Set(shown).size).toBe(cues.length);
    expect(reminderCue('walk', settings, start + cues.length * 60 * MIN)).toBe(shown[0]);
  });

  it('alternates posture cues from one posture check to the next', () => {
    const settings = defaultSettings();
    const at = Date.UTC(2025, 5, 2, 9, 0);
    expect(reminderCue('posture', settings, at)).not.toBe(reminderCue('posture', settings, at + 30 * MIN));
  });
});
