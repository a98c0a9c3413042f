import { describe, expect, it } from 'vitest';
import { formatLocale, popupPage } from '@/lib/i18n/locale';

describe('popupPage', () => {
  it.each([
    ['en', 'popup.html'],
    ['de', 'popup-de.html'],
    ['pt-BR', 'popup-pt-BR.html'],
  ])('names the popup prerendered in %s', (locale, page) => {
    expect(popupPage(locale)).toBe(page);
  });
});

describe('formatLocale', () => {
  it.each([
    ['en', 'en-GB', 'en-GB'],
    ['de', 'de-AT', 'de-AT'],
    ['pt-BR', 'pt-BR', 'pt-BR'],
    ['zh-CN', 'zh-CN', 'zh-CN'],
    ['ar', 'ar-EG', 'ar-EG'],
    // An Italian UI gets the English messages: formats and plurals follow the messages.
    ['en', 'it', 'en'],
    ['de', undefined, 'de'],
  ])('messages in %s, UI in %s: formats in %s', (messages, ui, expected) => {
    expect(formatLocale(messages, ui)).toBe(expected);
  });
});
