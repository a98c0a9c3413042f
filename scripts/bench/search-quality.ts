/**
 * Search quality of the quick answers on bench/search-queries.json: hit@3 (a right question among the
 * first three results) and hit@1 over the queries the document answers, false positives (any result)
 * over those it does not, with every miss. Pure Node, no build: `npm run bench` prints it
 * (scripts/bench/index.ts) and tests/lib/content/search-quality.test.ts holds it to its budget.
 * Run alone: `node --import ./scripts/bench/resolve-ts.ts scripts/bench/search-quality.ts`.
 */
import { fileURLToPath } from 'node:url';
import file from '../../bench/search-queries.json' with { type: 'json' };
import type { Question } from '@/lib/content/types';
import { QUESTIONS } from '@/lib/content/questions';
import { searchQuestions } from '@/lib/content/search';

export interface SearchQuery {
  query: string;
  /** The questions that answer it; any one of them counts. None: the document does not answer it. */
  ids: string[];
}

export interface SearchQuality {
  /** Queries the document answers (hit@1 and hit@3 are shares of these). */
  n: number;
  hitAt1: number;
  hitAt3: number;
  /** Queries it does not answer, and how many of them still listed an answer. */
  outOfScope: number;
  falsePositives: number;
  misses: { query: string; want: string[]; got: string[] }[];
}

export const SEARCH_QUERIES: SearchQuery[] = file.queries;

type Search = (questions: readonly Question[], query: string) => readonly Question[];

export function searchQuality(search: Search = searchQuestions, queries = SEARCH_QUERIES): SearchQuality {
  let at1 = 0;
  let at3 = 0;
  let falsePositives = 0;
  const misses: SearchQuality['misses'] = [];
  for (const { query, ids } of queries) {
    const got = search(QUESTIONS, query).map((q) => q.id);
    if (!ids.length) {
      if (got.length) {
        falsePositives++;
        misses.push({ query, want: ids, got: got.slice(0, 3) });
      }
      continue;
    }
    if (ids.includes(got[0] ?? '')) at1++;
    if (got.slice(0, 3).some((id) => ids.includes(id))) at3++;
    else misses.push({ query, want: ids, got: got.slice(0, 3) });
  }
  const n = queries.filter((q) => q.ids.length).length;
  const outOfScope = queries.length - n;
  return { n, hitAt1: at1 / n, hitAt3: at3 / n, outOfScope, falsePositives, misses };
}

export function formatSearchQuality(q: SearchQuality): string[] {
  const pct = (x: number) => `${(x * 100).toFixed(0)} %`;
  return [
    `Search hit@3 ${pct(q.hitAt3)}, hit@1 ${pct(q.hitAt1)} (${q.n} queries of bench/search-queries.json); ` +
      `${q.falsePositives} of ${q.outOfScope} queries it does not answer listed an answer`,
    ...q.misses.map(
      (m) => `  miss: "${m.query}" wants ${m.want.join(' | ') || 'nothing'}; top 3: ${m.got.join(', ') || 'nothing'}`,
    ),
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(formatSearchQuality(searchQuality()).join('\n'));
}
