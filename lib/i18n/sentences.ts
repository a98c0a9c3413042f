/**
 * Whole sentences side by side, as the language writes them: Chinese and Japanese put no space after
 * their full stop (。), the others one space. Each sentence is a whole translated message: this joins
 * sentences, never fragments of one. Pure.
 */
export function joinSentences(sentences: readonly (string | false | null | undefined)[], locale: string): string {
  const separator = /^(zh|ja)\b/i.test(locale) ? '' : ' ';
  return sentences.filter((s): s is string => Boolean(s)).join(separator);
}
