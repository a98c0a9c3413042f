import { describe, expect, it } from 'vitest';
import { QUESTIONS } from '@/lib/content';
import budgets from '@/bench/budgets.json';
import { formatSearchQuality, SEARCH_QUERIES, searchQuality } from '../../../scripts/bench/search-quality';

// The everyday queries of bench/search-queries.json, which `npm run bench` reports: a search change
// that loses answers fails here, not only in the bench.
describe('search quality on bench/search-queries.json', () => {
  it('has at least 30 queries, each naming questions that exist', () => {
    expect(SEARCH_QUERIES.length).toBeGreaterThanOrEqual(30);
    const known = new Set(QUESTIONS.map((q) => q.id));
    for (const { query, ids } of SEARCH_QUERIES) {
      expect(ids.length, query).toBeGreaterThan(0);
      for (const id of ids) expect(known.has(id as never), `${query}: ${id}`).toBe(true);
    }
  });

  it(`finds a right answer among the first three for at least ${budgets.searchHitAt3 * 100} % of them`, () => {
    const quality = searchQuality();
    expect(quality.hitAt3, formatSearchQuality(quality).join('\n')).toBeGreaterThanOrEqual(budgets.searchHitAt3);
  });
});
