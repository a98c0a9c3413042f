import { describe, expect, it } from 'vitest';
import { normalise, stem, STOP_WORDS, SYNONYM_GROUPS, withinOneEdit, words } from '@/lib/content/search-words';

describe('normalise', () => {
  it('drops case and accents', () => {
    expect(normalise('SCIÁTICA Ñandú')).toBe('sciatica nandu');
  });
});

describe('words', () => {
  it('splits on anything but letters and digits, and drops apostrophes', () => {
    expect(words("Farmer’s 10-minute walk, isn't it?")).toEqual(['farmers', '10', 'minute', 'walk', 'isnt', 'it']);
  });
});

describe('stem', () => {
  it.each([
    ['hurts', 'hurt'],
    ['hurting', 'hurt'],
    ['backwards', 'backward'],
    ['walking', 'walk'],
    ['walked', 'walk'],
    ['walks', 'walk'],
    ['swimming', 'swim'],
    ['sitting', 'sit'],
    ['hills', 'hill'],
    ['hips', 'hip'],
    ['painful', 'pain'],
    ['naturally', 'natural'],
    ['injuries', 'injury'],
  ])('reduces "%s" to "%s"', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });

  it.each([
    ['exercise', 'exercises', 'exercising', 'exercised'],
    ['ache', 'aches', 'aching'],
    ['stretch', 'stretches', 'stretched', 'stretching'],
    ['minute', 'minutes'],
  ])('gives "%s" and its forms one stem', (...forms) => {
    expect(new Set(forms.map(stem)).size).toBe(1);
  });

  it('leaves short words, numbers and Latin endings alone', () => {
    expect(['leg', 'hip', '10', 'gluteus', 'fasciitis', 'stress'].map(stem)).toEqual([
      'leg',
      'hip',
      '10',
      'gluteus',
      'fasciitis',
      'stress',
    ]);
  });
});

describe('STOP_WORDS', () => {
  it('holds the small words of questions, not the ones that tell answers apart', () => {
    for (const w of ['my', 'i', 'how', 'should', 'the', 'for']) expect(STOP_WORDS.has(w), w).toBe(true);
    for (const w of ['back', 'after', 'too', 'much', 'long', 'down', 'walk']) expect(STOP_WORDS.has(w), w).toBe(false);
  });

  it('has no word that a synonym group relies on', () => {
    for (const w of SYNONYM_GROUPS.flat()) expect(STOP_WORDS.has(w), w).toBe(false);
  });
});

describe('withinOneEdit', () => {
  it.each([
    ['sciatca', 'sciatica', 'a deleted letter'],
    ['sciatiica', 'sciatica', 'an inserted letter'],
    ['sciatixa', 'sciatica', 'a replaced letter'],
    ['strenghten', 'strengthen', 'two neighbours swapped'],
    ['psoas', 'psoas', 'no edit'],
  ])('accepts "%s" for "%s" (%s)', (a, b) => {
    expect(withinOneEdit(a, b)).toBe(true);
    expect(withinOneEdit(b, a)).toBe(true);
  });

  it.each([
    ['sicatcia', 'sciatica', 'two swaps apart'],
    ['sciata', 'sciatica', 'two letters missing'],
    ['sctaiica', 'sciatica', 'a swap that is not of neighbours'],
    ['walking', 'talkinh', 'two letters replaced'],
  ])('refuses "%s" for "%s" (%s)', (a, b) => {
    expect(withinOneEdit(a, b)).toBe(false);
  });
});
