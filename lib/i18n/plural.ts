/**
 * Plural forms by the Unicode CLDR rules (Intl.PluralRules), so "1 minute" and "2 minutes" each read
 * right and a language with more forms (Arabic: zero, one, two, few, many, other) gets all of them.
 * A plural message is a family of keys, `base_one`, `base_other`, … one per category the language
 * needs; English has `_one` and `_other`. A category a locale file does not have falls back to
 * `_other`. Pure: the message lookup and the locale are parameters.
 */
import type { MessageKey } from './keys';

export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/** The base names of the plural message families: every `X` with a key `X_other`. */
export type PluralBase = { [K in MessageKey]: K extends `${infer Base}_other` ? Base : never }[MessageKey];

/** Looks a message up by key; returns '' when the locale has no such key (as browser.i18n does). */
export type Lookup = (key: string, substitutions?: string | string[]) => string;

const rules = new Map<string, Intl.PluralRules>();

/** The CLDR category of `count` in `locale` ("one", "other", …); English rules when the locale is unknown. */
export function pluralCategory(count: number, locale?: string): PluralCategory {
  const key = locale ?? '';
  let r = rules.get(key);
  if (!r) {
    try {
      r = new Intl.PluralRules(locale);
    } catch {
      r = new Intl.PluralRules('en');
    }
    rules.set(key, r);
  }
  return r.select(count) as PluralCategory;
}

/** The message of the family `base` for `count`: its category's key, else `base_other`. */
export function pluralMessage(
  lookup: Lookup,
  base: PluralBase,
  count: number,
  substitutions: string | string[] = String(count),
  locale?: string,
): string {
  const category = pluralCategory(count, locale);
  return lookup(`${base}_${category}`, substitutions) || lookup(`${base}_other`, substitutions);
}
