import { describe, expect, it } from 'vitest';
import messages from '@/assets/public/_locales/en/messages.json';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { applyLocale, englishUi, formatNumber, messagesLocale, t, tPlural, uiLocale } from '@/lib/browser/i18n';

// Every source file that can show UI text, read as plain text so no call site can escape the check.
const sources = import.meta.glob(['/entrypoints/**/*.{ts,tsx}', '/components/**/*.{ts,tsx}', '/lib/**/*.{ts,tsx}'], {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

const usedKeys = Object.entries(sources).flatMap(([file, text]) =>
  [...text.matchAll(/\bt\(\s*['"`]([A-Za-z0-9_]+)['"`]/g)].map((m) => [m[1]!, file] as const),
);

/** Plural message families used through tPlural('base', n): each needs base_one and base_other in English. */
const pluralBases = Object.entries(sources).flatMap(([file, text]) =>
  [...text.matchAll(/\btPlural\(\s*['"`]([A-Za-z0-9]+)['"`]/g)].map((m) => [m[1]!, file] as const),
);

describe('locale messages', () => {
  it('are found in the source files', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(3);
    expect(usedKeys.length).toBeGreaterThan(0);
  });

  it.each(usedKeys)('has the key "%s" used in %s', (key) => {
    expect(messages).toHaveProperty(key);
  });

  it.each(pluralBases)('has the English plural forms of "%s" used in %s', (base) => {
    expect(messages).toHaveProperty(`${base}_one`);
    expect(messages).toHaveProperty(`${base}_other`);
  });

  it('finds the plural messages in the source files', () => {
    expect(pluralBases.length).toBeGreaterThan(3);
  });

  it('chooses the plural form by count', () => {
    expect(tPlural('optionsStreak', 1)).toBe('Current streak: 1 day');
    expect(tPlural('optionsStreak', 2)).toBe('Current streak: 2 days');
    expect(tPlural('popupAnnounceWalkLogged', 4.5, '4.5')).toBe('Walk logged: 4.5 minutes');
  });

  it('gives every message text and a description for translators', () => {
    for (const [key, entry] of Object.entries(messages)) {
      expect(entry.message, key).not.toBe('');
      expect(entry.description, key).toBeTruthy();
    }
  });

  it('are what t() returns', () => {
    expect(t('quickAnswersHeading')).toBe('Quick answers');
  });
});

describe('the page’s language', () => {
  const inLocale = (messages: Record<string, string>, ui: string) => {
    fakeBrowser.i18n.getMessage = ((key: string) => messages[key] ?? '') as typeof fakeBrowser.i18n.getMessage;
    fakeBrowser.i18n.getUILanguage = () => ui;
  };

  it('is the language the messages name, with the browser’s region for formats', () => {
    inLocale({ locale: 'de' }, 'de-AT');
    expect([messagesLocale(), uiLocale(), englishUi()]).toEqual(['de', 'de-AT', false]);
    expect(formatNumber(4.5)).toBe('4,5');
    expect(formatNumber(5, 2)).toBe('05');
  });

  it('is English, with English formats, when the browser’s language has no messages', () => {
    inLocale({ locale: 'en' }, 'it');
    expect([messagesLocale(), uiLocale(), englishUi()]).toEqual(['en', 'en', true]);
  });

  it('sets lang and dir on the page (Arabic: right to left)', () => {
    inLocale({ locale: 'ar', '@@bidi_dir': 'rtl' }, 'ar');
    const root = document.createElement('html');
    applyLocale(root);
    expect([root.lang, root.dir]).toEqual(['ar', 'rtl']);
  });

  it('counts in the messages’ language: Arabic says two in words', () => {
    inLocale({ locale: 'ar', optionsStreak_two: 'سلسلتك الحالية: يومان', optionsStreak_other: 'x' }, 'ar');
    expect(tPlural('optionsStreak', 2)).toBe('سلسلتك الحالية: يومان');
  });
});
