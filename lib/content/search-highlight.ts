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

/**
 * The sentence or list item of the answer with the most matched words, cut to about `max` characters
 * around the first of them; null when the answer has none. Shows why an answer-only match is listed.
 */
export function excerpt(question: Question, stems: ReadonlySet<string>, max = 110): string | null {
  const pieces = question.paragraphs.flatMap((p) => p.split(/(?<=[.!?])\s+/));
  if (question.list?.intro) pieces.push(question.list.intro);
  for (const item of question.list?.items ?? []) pieces.push(item.detail ? `${item.title} ${item.detail}` : item.title);
  let chosen: string | null = null;
  let most = 0;
  for (const piece of pieces) {
    const count = highlightRanges(piece, stems).length;
    if (count > most) [chosen, most] = [piece, count];
  }
  if (!chosen || chosen.length <= max) return chosen;
  const first = highlightRanges(chosen, stems)[0]![0];
  const start = first < max / 2 ? 0 : chosen.lastIndexOf(' ', first - 20) + 1;
  let text = chosen.slice(start, start + max);
  if (start + max < chosen.length) text = text.slice(0, text.lastIndexOf(' ')) + '…';
  return start > 0 ? '…' + text : text;
}
