import { pluralCategory, pluralMessage, type Lookup } from '@/lib/i18n/plural';

/** A message table as browser.i18n would look it up: '' for a key the locale lacks. */
const table =
  (messages: Record<string, string>): Lookup =>
  (key, subs) =>
    (messages[key] ?? '').replace('$1', String([subs].flat()[0]));

describe('pluralCategory', () => {
  it.each([
    ['en', 1, 'one'],
    ['en', 0, 'other'],
    ['en', 2, 'other'],
    ['en', 1.5, 'other'],
    ['fr', 0, 'one'],
    ['ar', 0, 'zero'],
    ['ar', 2, 'two'],
    ['ar', 5, 'few'],
    ['ar', 11, 'many'],
    ['ru', 3, 'few'],
  ])('in %s, %d is "%s" (CLDR)', (locale, n, category) => {
    expect(pluralCategory(n, locale)).toBe(category);
  });

  it('falls back to English rules for a locale Intl does not know', () => {
    expect(pluralCategory(1, 'not a locale!')).toBe('one');
  });
});

describe('pluralMessage', () => {
  const english = table({ optionsStreak_one: '$1 day', optionsStreak_other: '$1 days' });

  it.each([
    [1, '1 day'],
    [2, '2 days'],
    [0, '0 days'],
  ])('picks the English form for %d', (n, text) => {
    expect(pluralMessage(english, 'optionsStreak', n, undefined, 'en')).toBe(text);
  });

  it('uses every category a locale file has, and "other" for those it lacks', () => {
    const arabic = table({
      optionsStreak_two: 'two: $1',
      optionsStreak_few: 'few: $1',
      optionsStreak_other: 'other: $1',
    });
    expect(pluralMessage(arabic, 'optionsStreak', 2, undefined, 'ar')).toBe('two: 2');
    expect(pluralMessage(arabic, 'optionsStreak', 4, undefined, 'ar')).toBe('few: 4');
    // No "_one" in this file: "other" stands in.
    expect(pluralMessage(arabic, 'optionsStreak', 1, undefined, 'ar')).toBe('other: 1');
  });

  it('substitutes the count unless told otherwise', () => {
    expect(pluralMessage(english, 'optionsStreak', 3, '3.0', 'en')).toBe('3.0 days');
  });
});
