/**
 * Search quality of the quick answers on bench/search-queries.json: hit@3 (a right question among the
 * first three results) and hit@1 over the queries the document answers, false positives (any result)
 * over those it does not, and of these the unmarked ones (results without the line naming the query's
 * words no answer has, which the popup shows above them), with every miss. Pure Node, no build: `npm run bench` prints it
 * (scripts/bench/index.ts) and tests/lib/content/search-quality.test.ts holds it to its budget.
 * Run alone: `node --import ./scripts/bench/resolve-ts.ts scripts/bench/search-quality.ts`.
 */
import { fileURLToPath } from 'node:url';
import file from '../../bench/search-queries.json' with { type: 'json' };
import type { Question } from '@/lib/content/types';
import { QUESTIONS } from '@/lib/content/questions';
import { searchAnswers, type SearchResult } from '@/lib/content/search';

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
  /** Of the false positives, those whose results do not say which query words no answer has. */
  unmarked: number;
  misses: { query: string; want: string[]; got: string[]; missing: string[] }[];
}

export const SEARCH_QUERIES: SearchQuery[] = file.queries;

type Search = (questions: readonly Question[], query: string) => Pick<SearchResult, 'hits' | 'missing'>;

export function searchQuality(search: Search = searchAnswers, queries = SEARCH_QUERIES): SearchQuality {
  let at1 = 0;
  let at3 = 0;
  let falsePositives = 0;
  let unmarked = 0;
  const misses: SearchQuality['misses'] = [];
  for (const { query, ids } of queries) {
    const { hits, missing } = search(QUESTIONS, query);
    const got = hits.map((h) => h.question.id);
    const miss = { query, want: ids, got: got.slice(0, 3), missing };
    if (!ids.length) {
      if (got.length) {
        falsePositives++;
        if (!missing.length) unmarked++;
        misses.push(miss);
      }
      continue;
    }
    if (ids.includes(got[0] ?? '')) at1++;
    if (got.slice(0, 3).some((id) => ids.includes(id))) at3++;
    else misses.push(miss);
  }
  const n = queries.filter((q) => q.ids.length).length;
  const outOfScope = queries.length - n;
  return { n, hitAt1: at1 / n, hitAt3: at3 / n, outOfScope, falsePositives, unmarked, misses };
}

export function formatSearchQuality(q: SearchQuality): string[] {
  const pct = (x: number) => `${(x * 100).toFixed(0)} %`;
  return [
    `Search hit@3 ${pct(q.hitAt3)}, hit@1 ${pct(q.hitAt1)} (${q.n} queries of bench/search-queries.json); ` +
      `${q.falsePositives} of ${q.outOfScope} queries it does not answer listed an answer, ` +
      `${q.unmarked} of them without naming the words no answer has`,
    ...q.misses.map(
      (m) =>
        `  miss: "${m.query}" wants ${m.want.join(' | ') || 'nothing'}; top 3: ${m.got.join(', ') || 'nothing'}` +
        (m.missing.length ? `; named as in no answer: ${m.missing.join(', ')}` : ''),
    ),
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(formatSearchQuality(searchQuality()).join('\n'));
}
