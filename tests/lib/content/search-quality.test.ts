import { describe, expect, it } from 'vitest';
import { QUESTIONS } from '@/lib/content';
import budgets from '@/bench/budgets.json';
import { formatSearchQuality, SEARCH_QUERIES, searchQuality } from '../../../scripts/bench/search-quality';

// The everyday queries of bench/search-queries.json, which `npm run bench` reports: a search change
// that loses answers fails here, not only in the bench.
describe('search quality on bench/search-queries.json', () => {
  it('has at least 30 queries the document answers and 20 it does not, each naming questions that exist', () => {
    expect(SEARCH_QUERIES.filter((q) => q.ids.length).length).toBeGreaterThanOrEqual(30);
    expect(SEARCH_QUERIES.filter((q) => !q.ids.length).length).toBeGreaterThanOrEqual(20);
    expect(new Set(SEARCH_QUERIES.map((q) => q.query)).size, 'no query twice').toBe(SEARCH_QUERIES.length);
    const known = new Set(QUESTIONS.map((q) => q.id));
    for (const { query, ids } of SEARCH_QUERIES)
      for (const id of ids) expect(known.has(id as never), `${query}: ${id}`).toBe(true);
  });

  it(`finds a right answer among the first three for at least ${budgets.searchHitAt3 * 100} % of them`, () => {
    const quality = searchQuality();
    expect(quality.hitAt3, formatSearchQuality(quality).join('\n')).toBeGreaterThanOrEqual(budgets.searchHitAt3);
  });

  it(`lists answers without naming the words no answer has for at most ${budgets.searchUnmarkedFalsePositives} of the queries the document does not answer`, () => {
    const quality = searchQuality();
    expect(quality.unmarked, formatSearchQuality(quality).join('\n')).toBeLessThanOrEqual(
      budgets.searchUnmarkedFalsePositives,
    );
  });
});
