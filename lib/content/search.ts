/**
 * Search over the quick answers: every query word must begin a word of the question or its answer
 * (paragraphs, list intro, list items), ignoring case and accents. Pure: no browser calls.
 */
import type { Question } from './';

/** Lower case without accents: NFD splits "á" into "a" + a combining mark, which is then dropped. */
export function normalise(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The words of a text; apostrophes are dropped so "farmer’s" and "farmer's" both read "farmers". */
export function words(text: string): string[] {
  return normalise(text)
    .replace(/['’]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

function searchableText(q: Question): string {
  const parts = [q.question, ...q.paragraphs, q.list?.intro ?? ''];
  for (const item of q.list?.items ?? []) parts.push(item.title, item.detail ?? '');
  // A leading space before every word turns "word begins with x" into includes(' ' + x).
  return ' ' + words(parts.join(' ')).join(' ');
}

// Built once per question list (the content is static), not on every keystroke.
const indexes = new WeakMap<readonly Question[], readonly string[]>();

function indexOf(questions: readonly Question[]): readonly string[] {
  let index = indexes.get(questions);
  if (!index) indexes.set(questions, (index = questions.map(searchableText)));
  return index;
}

/** The questions matching every word of `query`, in their original order; all of them for a blank query. */
export function searchQuestions(questions: readonly Question[], query: string): Question[] {
  const terms = words(query).map((w) => ' ' + w);
  const index = indexOf(questions);
  return questions.filter((_, i) => terms.every((term) => index[i]!.includes(term)));
}
