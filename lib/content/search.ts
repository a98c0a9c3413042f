/**
 * Search over the quick answers for the words people actually type ("my back hurts", "hills",
 * "sciatca"). Any query word may match (a natural sentence still finds its answer); results are
 * ranked, and each reports the document's words it matched so the UI can highlight them. Words run
 * together or written apart are read as the document writes them ("backpain", "up hills"); a query
 * about a part of the body no answer is about ("knee pain") finds nothing rather than every "pain".
 * Pure: no browser calls. The word knowledge (stop words, stems, synonyms, typos) is in search-words.ts.
 */
import type { Question } from './types';
import { EXERCISE_LISTS } from './exercises';
import {
  BODY_PARTS,
  stem,
  STOP_WORDS,
  SYNONYM_GROUPS,
  typedForms,
  VAGUE_WORDS,
  withinOneEdit,
  words,
} from './search-words';

export { normalise, words } from './search-words';
export { excerpt, highlightRanges } from './search-highlight';

/** How well a document word stands for a query word, from 1 (the same stem) down. */
const SYNONYM = 0.7;
const TYPO = 0.6;
const PREFIX = 0.6;
/** A word of the question counts this many times a word of the answer. */
const QUESTION_WEIGHT = 3;
/** An answer naming none of the query's body parts keeps this share of its score. */
const OFF_TOPIC = 0.5;
/** Results scoring under this share of the best one are left out (noise from one common word). */
const CUTOFF = 0.2;

export interface SearchHit {
  question: Question;
  score: number;
  /** Stems (see search-words.ts) of the document's words that matched: highlight these. */
  stems: ReadonlySet<string>;
  /** Some query word matched only in the answer: the question text alone does not show why it is here. */
  answerOnly: boolean;
}

interface Indexed {
  question: ReadonlySet<string>;
  answer: ReadonlySet<string>;
  /** What the answer is about: its words less the exercises' instructions ("hands below your shoulders"). */
  topic: ReadonlySet<string>;
}

interface Index {
  docs: readonly Indexed[];
  /** Every searchable word (the document's and the synonym tables'), with its stem. */
  vocabulary: ReadonlyMap<string, string>;
  stems: ReadonlySet<string>;
}

const meaningful = (text: string) => words(text).filter((w) => !STOP_WORDS.has(w));

const bodyParts = new Set(BODY_PARTS.map(stem));

const synonyms = new Map<string, Set<string>>();
for (const group of SYNONYM_GROUPS) {
  const stems = group.map(stem);
  for (const s of stems) {
    const set = synonyms.get(s) ?? new Set();
    for (const other of stems) if (other !== s) set.add(other);
    synonyms.set(s, set);
  }
}

function answerText(q: Question, instructions = true): string {
  const parts = [...q.paragraphs, q.list?.intro ?? ''];
  const exercises = EXERCISE_LISTS.some((list) => list.source === q.id);
  for (const item of q.list?.items ?? []) parts.push(item.title, instructions || !exercises ? (item.detail ?? '') : '');
  return parts.join(' ');
}

// Built once per question list (the content is static), not on every keystroke.
const indexes = new WeakMap<readonly Question[], Index>();

function indexOf(questions: readonly Question[]): Index {
  let index = indexes.get(questions);
  if (index) return index;
  const vocabulary = new Map<string, string>();
  const stemsOf = (text: string) => new Set(meaningful(text).map((w) => vocabulary.set(w, stem(w)).get(w)!));
  const docs = questions.map((q) => ({
    question: stemsOf(q.question),
    answer: stemsOf(answerText(q)),
    topic: stemsOf(`${q.question} ${answerText(q, false)}`),
  }));
  for (const w of SYNONYM_GROUPS.flat()) vocabulary.set(w, stem(w));
  index = { docs, vocabulary, stems: new Set(vocabulary.values()) };
  indexes.set(questions, index);
  return index;
}

/**
 * A finished word (not the one being typed) is read as the beginning of a longer word of the document
 * only when at most this many letters are missing: "glute" is "gluteal", but "disc" is no "discomfort";
 * and a word of three letters only when at most two are: "glu" is "glute", but "den" (German) is no
 * "density".
 */
const MAX_COMPLETION = 4;

/**
 * Whether `typed` reads as a misspelling of the document's `word`: one edit apart, with the same first
 * letter (typos rarely change it: "tingling" is no "single"), and at five letters not by one replaced
 * letter, which turns too many real words into others ("sleep" is no "steep"; "hurst", two swapped
 * letters, is still "hurts").
 */
function typoOf(typed: string, word: string): boolean {
  if (typed[0] !== word[0] || !withinOneEdit(typed, word)) return false;
  return !(typed.length === 5 && word.length === 5 && [...typed].filter((c, i) => c !== word[i]).length === 1);
}

/**
 * Whether a four-letter `typed` is the document's `word` with two neighbouring letters swapped, the
 * typo fast typing makes ("bakc", "pian", "wlak"); other edits of a four-letter word make too many other
 * words ("hipd" could be "hip" or "hips", "lose" is no "lost").
 */
function swapOf(typed: string, word: string): boolean {
  return (
    typed.length === 4 && word.length === 4 && typoOf(typed, word) && [...typed].sort() + '' === [...word].sort() + ''
  );
}

/**
 * The stems a query word stands for, each with how well: its own stem; when it is no known word, the
 * words one typo away (words of five letters or more; of four, only two letters swapped) and
 * the words it begins (while it is being typed, or from three letters on); and their synonyms.
 */
function expand(word: string, typing: boolean, index: Index): Map<string, number> {
  const found = new Map<string, number>();
  const add = (s: string, quality: number) => {
    if ((found.get(s) ?? 0) < quality) found.set(s, quality);
  };
  const own = stem(word);
  const known = index.stems.has(own);
  add(own, 1);
  for (const [w, s] of index.vocabulary) {
    if (!known && (word.length >= 5 ? typoOf(word, w) || (s.length > 4 && typoOf(own, s)) : swapOf(word, w)))
      add(s, TYPO);
    if (
      !known &&
      (typing || (word.length >= 3 && w.length - word.length <= Math.min(MAX_COMPLETION, word.length - 1))) &&
      w.length > word.length &&
      w.startsWith(word)
    )
      add(s, PREFIX);
  }
  // A word begun with one or two letters stands for too much to widen further.
  for (const [s, quality] of [...found])
    if (quality === 1 || word.length >= 3) for (const other of synonyms.get(s) ?? []) add(other, quality * SYNONYM);
  return found;
}

/** A word the search knows: the document's, the synonym tables' or a part of the body. */
const isKnown = (word: string, index: Index) =>
  !STOP_WORDS.has(word) && (index.stems.has(stem(word)) || bodyParts.has(stem(word)));

/** Longer runs of letters are no compound worth splitting ("lowerbackpainexercises" has 22). */
const MAX_COMPOUND = 30;

/**
 * An unknown word read as the known words it is run together from ("backache" → "back", "ache";
 * "lowerbackpain" → "lower", "back", "pain"); null when it is no such compound. Parts have four
 * letters or more, or are a part of the body ("hipache"): shorter ones split too much ("outside").
 */
function split(word: string, index: Index): string[] | null {
  if (word.length > MAX_COMPOUND) return null;
  for (let i = 3; i <= word.length - 3; i++) {
    const [head, rest] = [word.slice(0, i), word.slice(i)];
    if (!isKnown(head, index) || (head.length < 4 && !bodyParts.has(stem(head)))) continue;
    if (isKnown(rest, index) && (rest.length >= 4 || bodyParts.has(stem(rest)))) return [head, rest];
    const more = split(rest, index);
    if (more) return [head, ...more];
  }
  return null;
}

/**
 * The query's words, with compounds written apart joined ("up hills" → "uphills") and written
 * together split ("backpain" → "back pain"), when that makes words the search knows.
 */
function queryWords(query: string, index: Index): string[] {
  const out: string[] = [];
  const all = words(query);
  for (let i = 0; i < all.length; i++) {
    const [word, next] = [all[i]!, all[i + 1]];
    if (next && !STOP_WORDS.has(word) && !STOP_WORDS.has(next) && index.stems.has(stem(word + next))) {
      out.push(word + next);
      i++;
    } else out.push(...((!isKnown(word, index) && split(word, index)) || [word]));
  }
  return out;
}

export interface SearchResult {
  /** The questions matching the query, best first. */
  hits: SearchHit[];
  /** The query's words (spelt as typed) that no answer has, nor a synonym or near spelling of them. */
  missing: string[];
}

/** The questions matching `query`, best first; all of them, in order, when it has no meaningful word. */
export function search(questions: readonly Question[], query: string): SearchHit[] {
  return searchAnswers(questions, query).hits;
}

/** `search`, and which of the query's words no answer has. */
export function searchAnswers(questions: readonly Question[], query: string): SearchResult {
  const index = indexOf(questions);
  const all = queryWords(query, index);
  const typing = /[\p{L}\p{N}]$/u.test(query);
  // Each meaningful word once, by its stem: the word as typed, and the document's stems it stands for.
  const terms = new Map<string, { word: string; candidates: Map<string, number> }>();
  all.forEach((w, i) => {
    if (STOP_WORDS.has(w) || terms.has(stem(w))) return;
    terms.set(stem(w), { word: w, candidates: expand(w, typing && i === all.length - 1, index) });
  });
  if (!terms.size)
    return {
      hits: questions.map((question) => ({ question, score: 0, stems: new Set(), answerOnly: false })),
      missing: [],
    };

  // best[t][d]: how well term t matches question d (0: not at all), a question word counting more.
  const best = [...terms.values()].map(({ candidates }) =>
    index.docs.map((doc) => {
      let score = 0;
      for (const [s, quality] of candidates) {
        if (doc.question.has(s)) score = Math.max(score, quality * QUESTION_WEIGHT);
        else if (doc.answer.has(s)) score = Math.max(score, quality);
      }
      return score;
    }),
  );
  // A word found in every answer tells them apart less than one found in a single answer: log((1 + N) / df),
  // near 0 for "walk" (9 of 10 answers), so "walk in a pool" lists the pool's answer, not every walk.
  // Numbers ("10000 steps") and vague words ("a bad back") are not what a query is about.
  const typed = typedForms(query);
  const missing = [...terms.values()]
    .map(({ word }) => word)
    .filter((w, t) => !best[t]!.some(Boolean) && !VAGUE_WORDS.has(w) && !/\d/.test(w))
    .map((w) => typed.get(w) ?? w);
  const idf = best.map((row) => Math.log((1 + index.docs.length) / Math.max(1, row.filter(Boolean).length)));
  // The query's parts of the body; an answer is about one when its topic has the word or a synonym.
  const bodyTerms = [...terms].flatMap(([s, { candidates }]) => (bodyParts.has(s) ? [candidates] : []));
  const onTopic = index.docs.map(
    (doc) =>
      bodyTerms.length === 0 || bodyTerms.some((candidates) => [...candidates.keys()].some((s) => doc.topic.has(s))),
  );
  // Asked about parts of the body no answer is about ("knee pain", "neck pain"): no answer fits.
  if (!onTopic.some(Boolean)) return { hits: [], missing };

  const hits: SearchHit[] = [];
  questions.forEach((question, d) => {
    let sum = 0;
    let matched = 0;
    let answerOnly = false;
    best.forEach((row, t) => {
      if (!row[d]) return;
      sum += idf[t]! * row[d]!;
      matched++;
      // An answer match scores at most 1; the weakest question match, 3 × typo × synonym, above that.
      if (row[d]! <= 1) answerOnly = true;
    });
    if (!matched) return;
    const doc = index.docs[d]!;
    const stems = new Set<string>();
    for (const { candidates } of terms.values())
      for (const s of candidates.keys()) if (doc.question.has(s) || doc.answer.has(s)) stems.add(s);
    // More of the query's words matched ranks above fewer.
    hits.push({ question, score: ((sum * matched) / terms.size) * (onTopic[d] ? 1 : OFF_TOPIC), stems, answerOnly });
  });
  const top = Math.max(0, ...hits.map((h) => h.score));
  // Stable sort: equal scores keep the document's order.
  return { hits: hits.filter((h) => h.score >= top * CUTOFF).sort((a, b) => b.score - a.score), missing };
}

/** The questions matching `query`, best first (see `search`). */
export function searchQuestions(questions: readonly Question[], query: string): Question[] {
  return search(questions, query).map((hit) => hit.question);
}
