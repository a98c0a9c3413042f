import { describe, expect, it } from 'vitest';
import { CUES, EXERCISES, QUESTIONS, WALKING_TIPS, type Question } from '@/lib/content';
import { ADVICE } from '@/lib/content/advice';
import { adviceFor } from '@/lib/plan/check-in';
import messages from '@/assets/public/_locales/en/messages.json';
// A copy of ../shared/seeds/000_af21c3f7220c76cc.txt kept in the repo, so this test stands alone.
import raw from '@/assets/source/back-pain-faq.txt?raw';

/**
 * The only changes allowed between the document and the typed content: broken punctuation and one
 * misspelling, as PRODUCT.md permits. Each "from" must occur in the document, so a mend cannot go stale.
 */
const MENDS: ReadonlyArray<readonly [from: string, to: string]> = [
  ['A tight,or misaligned,piriformis', 'A tight, or misaligned, piriformis'],
  ['The piriformas,psoas,and gluteus', 'The piriformis, psoas, and gluteus'],
  ['shoulder-width apart,toes', 'shoulder-width apart, toes'],
  ['during this move,great', 'during this move, great'],
  ['hips-width apart,arms', 'hips-width apart, arms'],
];

const mended = MENDS.reduce((text, [from, to]) => text.replace(from, to), raw);

/** Splits the document into questions (lines ending in "?") and the text lines under each. */
function parseDocument(text: string): Array<{ question: string; lines: string[] }> {
  const sections: Array<{ question: string; lines: string[] }> = [];
  for (const rawLine of text.split('\n')) {
    const line = rawLine.replace(/^\s*(?:\d+\.|•)\s*/, '').trim();
    if (!line) continue;
    if (line.endsWith('?')) sections.push({ question: line, lines: [] });
    else sections.at(-1)?.lines.push(line);
  }
  return sections;
}

const sentences = (text: string): string[] =>
  text
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.trim())
    .filter(Boolean);

function contentSentences(q: Question): string[] {
  const parts = [...q.paragraphs];
  if (q.list?.intro) parts.push(q.list.intro);
  for (const item of q.list?.items ?? []) parts.push(item.title, ...(item.detail ? [item.detail] : []));
  return parts.flatMap(sentences).sort();
}

const documentSections = parseDocument(mended);

describe('source document transcription', () => {
  it.each(MENDS)('mends only text that is in the document: %s', (from) => {
    expect(raw).toContain(from);
  });

  it('has exactly the ten questions of the document, in order', () => {
    expect(documentSections).toHaveLength(10);
    expect(QUESTIONS.map((q) => q.question)).toEqual(documentSections.map((s) => s.question));
  });

  it.each(documentSections.map((s, i) => [s.question, i] as const))(
    'transcribes every sentence of "%s" and adds none',
    (_question, index) => {
      const expected = documentSections[index]!.lines.flatMap(sentences).sort();
      expect(contentSentences(QUESTIONS[index]!)).toEqual(expected);
    },
  );

  it('keeps the document lists as lists', () => {
    const listed = QUESTIONS.filter((q) => q.list).map((q) => [q.id, q.list!.items.length]);
    expect(listed).toEqual([
      ['stop-back-hurting-when-walking', 3],
      ['get-past-back-pain', 5],
      ['fix-hip-pain', 6],
      ['strengthen-lower-back', 6],
    ]);
  });
});

describe('exercises', () => {
  const hip = [
    'Lateral squat',
    'Side lying leg raise',
    'Fire hydrant',
    'Banded walk',
    'Single-leg glute bridge',
    'Donkey kick',
  ];
  const back = [
    'Hip Thrust',
    'Romanian Deadlift',
    'Bird Dogs',
    'Reverse Plank With Legs Elevated',
    'Side plank',
    'Unilateral Farmer’s Carry',
  ];

  it('lists the six hip and six lower-back exercises of the document', () => {
    expect(EXERCISES.filter((e) => e.area === 'hip').map((e) => e.name)).toEqual(hip);
    expect(EXERCISES.filter((e) => e.area === 'lower-back').map((e) => e.name)).toEqual(back);
  });

  /** Each exercise line of the document is "Name. Instruction" or just "Name.". */
  const documentExercises = documentSections.slice(8).flatMap((s) =>
    s.lines.map((line) => {
      const [, name, instruction] = /^(.+?)\.(?:\s+(?:How to do it:\s+)?(.*))?$/.exec(line)!;
      return { name, instruction, question: s.question };
    }),
  );

  it.each(documentExercises)('$name carries the document’s instruction and its question', (doc) => {
    const exercise = EXERCISES.find((e) => e.name === doc.name);
    expect(exercise).toBeDefined();
    expect(exercise!.instruction).toBe(doc.instruction);
    expect(QUESTIONS.find((q) => q.id === exercise!.source)!.question).toBe(doc.question);
  });

  it('invents no instruction: exactly five exercises have one', () => {
    expect(EXERCISES.filter((e) => e.instruction).map((e) => e.name)).toEqual([
      'Lateral squat',
      'Side lying leg raise',
      'Fire hydrant',
      'Hip Thrust',
      'Romanian Deadlift',
    ]);
  });

  it('gives every exercise a unique id', () => {
    expect(new Set(EXERCISES.map((e) => e.id)).size).toBe(EXERCISES.length);
  });
});

describe('walking tips', () => {
  it.each(WALKING_TIPS)('quotes "$id" from the answer it names', (tip) => {
    const question = QUESTIONS.find((q) => q.id === tip.source)!;
    expect(contentSentences(question).join(' ')).toContain(tip.text);
  });

  it('covers the walking advice PRODUCT.md names', () => {
    expect(WALKING_TIPS.map((t) => t.id)).toEqual([
      'start-short',
      'shallow-pool',
      'spine-curved',
      'retro-walking',
      'flat-ground',
      'rest',
      'too-much',
    ]);
  });
});

describe('cues', () => {
  it.each(Object.entries(CUES))('%s quotes a sentence of the answer it names', (_name, cue) => {
    const question = QUESTIONS.find((q) => q.id === cue.source)!;
    expect(contentSentences(question)).toContain(cue.text);
  });
});

/** The answer's sentences in the document's order (paragraphs, then the list). */
function orderedSentences(q: Question): string[] {
  const parts = [...q.paragraphs, ...(q.list?.intro ? [q.list.intro] : [])];
  for (const item of q.list?.items ?? []) parts.push(item.title, ...(item.detail ? [item.detail] : []));
  return parts.flatMap(sentences);
}

describe('advice (what the back check-in and the walking plan quote)', () => {
  it.each(Object.entries(ADVICE))('%s is whole, consecutive sentences of the answer it names', (_id, advice) => {
    const answer = orderedSentences(QUESTIONS.find((q) => q.id === advice.source)!);
    const quoted = sentences(advice.text);
    const at = answer.indexOf(quoted[0]!);
    expect(at, 'its first sentence is one of the answer’s').toBeGreaterThanOrEqual(0);
    expect(answer.slice(at, at + quoted.length)).toEqual(quoted);
    // Verbatim in the document itself, with only the allowed mends.
    expect(mended).toContain(advice.text);
  });

  it.each(Object.entries(ADVICE))('%s names its question as the document asks it', (_id, advice) => {
    expect(QUESTIONS.find((q) => q.id === advice.source)!.question).toBe(advice.question);
    expect(documentSections.map((s) => s.question)).toContain(advice.question);
  });

  it('quotes the answers the issue names for each check-in', () => {
    const worse = adviceFor('worse', 'leg', { beyondPlan: true });
    expect(worse.map((id) => ADVICE[id].question)).toEqual([
      'Can too much walking cause back pain?',
      'How do I stop my lower back from hurting when I walk?',
      'Can you walk too much?',
      'Is it OK to walk with lower back pain?',
      'Why is my lower back and hips so painful?',
    ]);
    expect(ADVICE.rest.text).toContain(
      'This pain or discomfort usually gets better with sitting or lying down to rest the back.',
    );
    expect(ADVICE.workUp.text).toBe(CUES.walkReminder.text);
    expect(ADVICE.posture.text).toBe(CUES.whileWalking.text);
  });

  it('never puts a sentence of the document into the plan’s or the check-in’s own words', () => {
    const all = QUESTIONS.flatMap(orderedSentences);
    const own = Object.entries(messages).filter(([key]) => /^(plan|checkIn|notifCheckIn)/.test(key));
    expect(own.length).toBeGreaterThan(20);
    for (const [key, { message }] of own) for (const sentence of all) expect(message, key).not.toContain(sentence);
  });
});
