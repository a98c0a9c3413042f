/**
 * Where the matched words of a search hit (lib/content/search.ts) are in a text, and which sentence
 * of an answer shows them best. Pure: the UI builds the <mark> elements.
 */
import type { Question } from './types';
import { normalise, stem, STOP_WORDS } from './search-words';

/** Where in `text` the words with one of `stems` are, as [start, end) offsets, in order. */
export function highlightRanges(text: string, stems: ReadonlySet<string>): [number, number][] {
  const ranges: [number, number][] = [];
  if (!stems.size) return ranges;
  for (const m of text.matchAll(/[\p{L}\p{N}\p{M}]+(?:['’][\p{L}\p{N}\p{M}]+)*/gu)) {
    const word = normalise(m[0]).replace(/['’]/g, '');
    if (!STOP_WORDS.has(word) && stems.has(stem(word))) ranges.push([m.index, m.index + m[0].length]);
  }
  return ranges;
}

/** The stems of the words `ranges` mark in `text`. */
const stemsAt = (text: string, ranges: [number, number][]) =>
  ranges.map(([start, end]) => stem(normalise(text.slice(start, end)).replace(/['’]/g, '')));

/**
 * The sentence or list item of the answer that shows the most matched words the question does not
 * show (then the most matched words), cut to about `max` characters around the first of those; null
 * when the answer has none. Shows why an answer-only match is listed: for "sciatica when walking", the
 * item "Sciatica.", not a sentence that only repeats the question's "walking".
 */
export function excerpt(question: Question, stems: ReadonlySet<string>, max = 110): string | null {
  const pieces = question.paragraphs.flatMap((p) => p.split(/(?<=[.!?])\s+/));
  if (question.list?.intro) pieces.push(question.list.intro);
  for (const item of question.list?.items ?? []) pieces.push(item.detail ? `${item.title} ${item.detail}` : item.title);
  const inQuestion = new Set(stemsAt(question.question, highlightRanges(question.question, stems)));
  let chosen: string | null = null;
  let best = [0, 0];
  for (const piece of pieces) {
    const found = stemsAt(piece, highlightRanges(piece, stems));
    const score = [found.filter((s) => !inQuestion.has(s)).length, found.length];
    if (score[0]! > best[0]! || (score[0] === best[0] && score[1]! > best[1]!)) [chosen, best] = [piece, score];
  }
  if (!chosen || chosen.length <= max) return chosen;
  const ranges = highlightRanges(chosen, stems);
  const news = stemsAt(chosen, ranges).findIndex((s) => !inQuestion.has(s));
  const first = ranges[Math.max(0, news)]![0];
  const start = first < max / 2 ? 0 : chosen.lastIndexOf(' ', first - 20) + 1;
  let text = chosen.slice(start, start + max);
  if (start + max < chosen.length) text = text.slice(0, text.lastIndexOf(' ')) + '…';
  return start > 0 ? '…' + text : text;
}
