/**
 * The word knowledge of the quick-answers search (lib/content/search.ts): which words carry no meaning,
 * how a word is reduced to its stem, which everyday words mean what the document says, and when two
 * words are one typo apart. Pure: no browser calls.
 */

/**
 * Lower case without accents: NFKD splits "á" into "a" + a combining mark, which is then dropped, and
 * reads full-width letters (typed with a Japanese or Chinese input method: "ｓｃｉａｔｉｃａ") as plain ones.
 */
export function normalise(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The words of a text; apostrophes are dropped so "farmer’s" and "farmer's" both read "farmers". */
export function words(text: string): string[] {
  return normalise(text)
    .replace(/['’]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * Each word of `text` as `words` reads it, mapped to the user's own spelling of it, for naming words
 * back to them: "Rücken", not "rucken"; "腰が痛い", not "腰か痛い" (NFKD splits off the voicing mark,
 * which `normalise` drops). A word `words` finds only after normalising (the letters of a symbol such
 * as "㏍") is absent: it has no spelling of the user's own.
 */
export function typedForms(text: string): Map<string, string> {
  const forms = new Map<string, string>();
  for (const [typed] of text.matchAll(/[\p{L}\p{N}\p{M}'’]+/gu)) {
    const read = words(typed);
    if (read.length === 1 && !forms.has(read[0]!)) forms.set(read[0]!, typed.replace(/^['’]+|['’]+$/g, ''));
  }
  return forms;
}

/**
 * Words that say nothing about the subject ("my back hurts" is about "back" and "hurts"). Kept short:
 * "after", "too", "much", "long" and "down" tell questions apart, so they stay searchable. "while",
 * "during" and "help" are as empty as "when" in a query ("pain while walking", "what helps"), yet
 * found in single questions, so they would rank "good posture while walking" by its least word; so
 * is "way" ("the best way to walk").
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but if so of to in on at by for from with about into as is are am was were be been ' +
    'being do does did doing have has had can could should would will shall may might must i im ive me ' +
    'my mine myself you youre your yours we our us it its this that these those there what which who ' +
    'whom when where why how get gets got any some very really just please there their they them he ' +
    'she his her while during all help helps helped helping way ways see'
  ).split(' '),
);

/**
 * Words that give a query its tone, not its subject ("a bad back", "walk again", "still hurts"): the
 * search uses them like any other, but an answer without them misses nothing the user asked about,
 * so they are never reported as missing (lib/content/search.ts `missing`).
 */
export const VAGUE_WORDS: ReadonlySet<string> = new Set(
  (
    'bad badly good best better again now still instead go goes going gone come comes coming keep ' +
    'keeps lot lots thing things feel feels felt killing normal possible ' +
    // Whose back it is: the answers are the same for a husband's or a mother's.
    'husband wife partner mother mom mum father dad son daughter parent parents friend people person ' +
    'someone man woman men women'
  ).split(' '),
);

/**
 * A light English stemmer, applied alike to the document and to the query, so only consistency
 * matters, not linguistic truth: "hurts"/"hurting" → "hurt", "backwards" → "backward", "walking" →
 * "walk", "swimming" → "swim", "exercises"/"exercise" → "exercis", "painful" → "pain".
 */
export function stem(word: string): string {
  let w = word;
  if (w.length < 4 || /\d/.test(w)) return w;
  if (w.endsWith('ies')) w = w.slice(0, -3) + 'y';
  else if (/[^siu]s$/.test(w)) w = w.slice(0, -1); // not "ss" (stress), "us" (gluteus), "is" (fasciitis)
  const suffix = /(?:ing|ed)$/.exec(w);
  if (suffix && w.length - suffix[0].length >= 3) {
    w = w.slice(0, suffix.index);
    if (/([bdgmnprt])\1$/.test(w)) w = w.slice(0, -1); // swimm → swim, sitt → sit
  } else {
    for (const [end, min] of [
      ['ness', 3],
      ['ful', 3],
      ['ly', 4],
    ] as const) {
      if (w.endsWith(end) && w.length - end.length >= min) {
        w = w.slice(0, -end.length);
        break;
      }
    }
  }
  return w.length > 3 && w.endsWith('e') ? w.slice(0, -1) : w;
}

/**
 * Parts of the body: what a query is about. An answer that names none of a query's body parts is
 * about something else, however well its other words match ("my hips hurt after walking" is not
 * answered by "Why does my lower back hurt after walking?").
 */
export const BODY_PARTS: readonly string[] = [
  'hip',
  'back',
  'spine',
  'leg',
  'knee',
  'buttock',
  'glute',
  'pelvis',
  'thigh',
  'foot',
  'feet',
  'ankle',
  'neck',
  'shoulder',
  'core',
  // Parts the document never discusses: a query about them finds nothing rather than every "pain".
  'heel',
  'toe',
  'calf',
  'groin',
  'arm',
  'elbow',
  'wrist',
  'hand',
  'chest',
  'stomach',
  'belly',
  'abdomen',
  'kidney',
  'jaw',
];

/**
 * Everyday words for what the document says, one group per meaning; a query word finds every word of
 * its groups. Drawn from the document's own vocabulary (the first word or two of a group are the
 * document's; the rest are how people ask). Symmetric within a group, so keep groups narrow: a word
 * that widens "sciatica" to every "leg" would bury the two answers that name it.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['pain', 'painful', 'hurt', 'ache', 'aching', 'achy', 'sore', 'soreness', 'discomfort', 'twinge'],
  ['pool', 'swim', 'swimming', 'water', 'aquatic'],
  ['uphill', 'hill', 'incline', 'slope', 'steep', 'climb', 'climbing', 'mountain'],
  ['flats', 'flat', 'level', 'ground', 'terrain', 'surface'],
  ['backward', 'retro', 'reverse'],
  ['exercise', 'strengthen', 'strength', 'strong', 'workout', 'stretch', 'training', 'routine'],
  ['sciatica', 'sciatic', 'nerve'],
  ['minute', 'long', 'duration', 'time', 'hour'],
  ['prolonged', 'long', 'lengthy'],
  ['day', 'daily', 'often', 'everyday', 'frequency'],
  ['steps', 'miles', 'far', 'distance', 'km', 'kilometres', 'kilometers'],
  ['hip', 'pelvic', 'pelvis'],
  ['buttock', 'buttocks', 'glute', 'gluteal', 'gluteus', 'butt', 'bum'],
  ['posture', 'postural', 'spine', 'spinal', 'upright'],
  ['back', 'lumbar', 'lumbago'],
  ['bone', 'osteoporosis'],
  ['rest', 'break', 'relax'],
  ['lying', 'lie'],
  ['physiotherapists', 'physiotherapist', 'physiotherapy', 'physio', 'therapist'],
  ['overtraining', 'burnout', 'overdo', 'overuse', 'excessive', 'exhausted', 'exhaustion', 'fatigue'],
  ['tire', 'tired', 'strain', 'fatigue'],
  ['walk', 'stroll', 'hike', 'hiking', 'trek', 'ramble', 'gait'],
  ['psoas', 'flexor', 'flexors', 'iliopsoas'],
  ['tendon', 'tendinopathy', 'tendonitis', 'tendinitis'],
  ['tone', 'weak', 'weakness'],
  ['deadlift', 'rdl'],
  ['tight', 'tighten', 'tense', 'stiff', 'stiffness', 'spasm', 'cramp'],
  ['cause', 'reason', 'trigger'],
  ['stop', 'prevent', 'avoid', 'fix', 'relieve', 'manage', 'treat', 'cure', 'remedy', 'ease', 'rid'],
  // Asked either way: "is it dangerous to walk" is answered where the document says whether it is OK.
  ['ok', 'okay', 'safe', 'good', 'fine', 'healthy', 'dangerous', 'harmful', 'risky'],
  ['affect', 'difference', 'matter', 'effect', 'influence'],
  ['worse', 'aggravation', 'irritated', 'aggravate', 'worsen'],
];

/**
 * Whether `a` and `b` are at most one edit apart: one letter inserted, deleted, replaced, or two
 * neighbours swapped ("sciatca" → "sciatica", "strenght" → "strength").
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    return (
      a.slice(i + 1) === b.slice(i + 1) || // replaced
      (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)) // swapped
    );
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.slice(i) === long.slice(i + 1); // inserted or deleted
}

/**
 * Searches offered when nothing matched: everyday phrasings that each find an answer. English, like
 * the document they search (the UI marks them lang="en").
 */
export const SEARCH_SUGGESTIONS: readonly string[] = ['my back hurts', 'exercises for lower back', 'walking uphill'];
