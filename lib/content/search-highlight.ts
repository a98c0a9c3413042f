/**
 * Where the matched words of a search hit (lib/content/search.ts) are in a text, and which sentence
 * of an answer shows them best. Pure: the UI builds the <mark> elements.
 */
import type { Question } from './types';
import { normalise, stem, STOP_WORDS } from './search-words';

/** The words of `text` with one of `stems`, in order: where each is ([start, end) offsets) and its stem. */
function matches(text: string, stems: ReadonlySet<string>): { range: [number, number]; stem: string }[] {
  const found: { range: [number, number]; stem: string }[] = [];
  if (!stems.size) return found;
  for (const m of text.matchAll(/[\p{L}\p{N}\p{M}]+(?:['’][\p{L}\p{N}\p{M}]+)*/gu)) {
    const word = normalise(m[0]).replace(/['’]/g, '');
    const s = stem(word);
    if (!STOP_WORDS.has(word) && stems.has(s)) found.push({ range: [m.index, m.index + m[0].length], stem: s });
  }
  return found;
}

/** Where in `text` the words with one of `stems` are, as [start, end) offsets, in order. */
export function highlightRanges(text: string, stems: ReadonlySet<string>): [number, number][] {
  return matches(text, stems).map((m) => m.range);
}

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
  const inQuestion = new Set(matches(question.question, stems).map((m) => m.stem));
  let chosen: string | null = null;
  let [bestNew, bestAll] = [0, 0];
  for (const piece of pieces) {
    const found = matches(piece, stems);
    const fresh = found.filter((m) => !inQuestion.has(m.stem)).length;
    if (fresh > bestNew || (fresh === bestNew && found.length > bestAll))
      [chosen, bestNew, bestAll] = [piece, fresh, found.length];
  }
  if (!chosen || chosen.length <= max) return chosen;
  const found = matches(chosen, stems);
  const first = (found.find((m) => !inQuestion.has(m.stem)) ?? found[0])!.range[0];
  const start = first < max / 2 ? 0 : chosen.lastIndexOf(' ', first - 20) + 1;
  let text = chosen.slice(start, start + max);
  if (start + max < chosen.length) text = text.slice(0, text.lastIndexOf(' ')) + '…';
  return start > 0 ? '…' + text : text;
}
