import { describe, expect, it } from 'vitest';
import { joinSentences } from '@/lib/i18n/sentences';

describe('joinSentences', () => {
  it.each([
    ['en-US', ['Noted.', 'Where: hip.'], 'Noted. Where: hip.'],
    ['ar', ['سُجّل.', 'المكان: الورك.'], 'سُجّل. المكان: الورك.'],
    ['ja', ['記録しました。', '場所：腰。'], '記録しました。場所：腰。'],
    ['zh-CN', ['已记录。', '部位：腰。'], '已记录。部位：腰。'],
  ])('in %s', (locale, sentences, text) => {
    expect(joinSentences(sentences, locale)).toBe(text);
  });

  it('leaves out the sentences that are not there', () => {
    expect(joinSentences(['One.', false, undefined, 'Two.'], 'de')).toBe('One. Two.');
  });
});
