import { describe, expect, it } from 'vitest';
import { QUESTIONS } from '@/lib/content';
import { normalise, searchQuestions } from '@/lib/content/search';

const ids = (query: string) => searchQuestions(QUESTIONS, query).map((q) => q.id);

describe('normalise', () => {
  it('drops case and accents', () => {
    expect(normalise('SCIÁTICA Ñandú')).toBe('sciatica nandu');
  });
});

describe('searchQuestions', () => {
  it('returns every question, in order, for a blank query', () => {
    expect(ids('')).toEqual(QUESTIONS.map((q) => q.id));
    expect(ids('  ,. ')).toHaveLength(10);
  });

  it('matches words of answers as well as of questions', () => {
    expect(ids('sciatica')).toEqual(['back-and-hips-painful', 'get-past-back-pain']);
  });

  it.each([
    ['word beginnings in list items', 'hydr', ['fix-hip-pain']],
    ['list intros', 'prevent', ['stop-back-hurting-when-walking']],
    ['item details', 'couch', ['strengthen-lower-back']],
    ['apostrophes either way', "farmer's carry", ['strengthen-lower-back']],
    ['case and accents', 'SCIÁTICA', ['back-and-hips-painful', 'get-past-back-pain']],
  ])('matches %s', (_what, query, expected) => {
    expect(ids(query)).toEqual(expected);
  });

  it('requires every word to match', () => {
    expect(ids('pool')).toEqual(['stop-back-hurting-when-walking']);
    expect(ids('walking pool')).toEqual(['stop-back-hurting-when-walking']);
    expect(ids('pool sciatica')).toEqual([]);
  });

  it('does not match inside words', () => {
    expect(ids('ydrant')).toEqual([]);
  });
});
