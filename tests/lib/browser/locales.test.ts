/**
 * Every locale ships every key of English, with the same placeholders, and none is left in English
 * (Firefox ESR falls straight back to English for a missing key; a key copied untranslated looks the
 * same to a user). Runs over whatever locales exist, so a new locale is checked the day it lands.
 */
import { describe, expect, it } from 'vitest';

type Messages = Record<
  string,
  { message: string; description?: string; placeholders?: Record<string, { content: string }> }
>;

const files = import.meta.glob('/assets/public/_locales/*/messages.json', { eager: true, import: 'default' }) as Record<
  string,
  Messages
>;
const byLocale = Object.fromEntries(
  Object.entries(files).map(([path, messages]) => [path.split('/').at(-2)!, messages]),
);
const en = byLocale.en!;
const others = Object.keys(byLocale).filter((l) => l !== 'en');

/** Minutes and hours written with English's symbols ("30 min", "1 h 5 min"). */
const MINUTES_AND_HOURS = [
  'welcomeMinutes',
  'popupWalkMinutes',
  'popupMinutes',
  'popupHoursMinutes',
  'popupHours',
  'popupPause30',
  'popupPause60',
  'popupPause120',
  'optionsChartAxisMinutes',
];
/** Layouts made only of placeholders and an en dash or a space ("Mo–Fr", "09:00–17:30", "Mo–Fr 09:00–17:30"). */
const DAY_AND_TIME_RANGES = ['optionsSummaryDayRange', 'optionsSummaryWindow', 'optionsSummaryDaysAndWindow'];

/** Messages that may read the same as English in a locale: names, and words that are the same there. */
const SAME_AS_ENGLISH: Record<string, readonly string[]> = {
  '*': ['extName'],
  // German writes day and time ranges the same way.
  de: [...DAY_AND_TIME_RANGES],
  // French writes "min" and "h" as English does ("30 min", "1 h 5 min", "5–60 minutes"), ranges the same
  // way, and "Notifications" is the French word too.
  fr: [
    ...MINUTES_AND_HOURS,
    'optionsRangeHint_one',
    'optionsRangeHint_other',
    'optionsNotificationsHeading',
    ...DAY_AND_TIME_RANGES,
  ],
  // Spanish writes "min" and "h" as English does, ranges the same way, and "lun: 12 min" for a chart bar.
  es: [...MINUTES_AND_HOURS, 'optionsChartBar', ...DAY_AND_TIME_RANGES],
  // Brazilian Portuguese writes minutes and hours with the same symbols as English ("30 min", "1 h",
  // "2 h 5 min", SI style), the percent sign after the number, a time range with an en dash, and the
  // days before their hours ("Dias úteis 09:00–17:30").
  pt_BR: [
    ...MINUTES_AND_HOURS,
    'optionsChartBar',
    'optionsVolumeValue',
    'optionsSummaryWindow',
    'optionsSummaryDaysAndWindow',
  ],
  // Chinese also puts the percent sign after the number and writes "工作日 09:00–17:30".
  zh_CN: ['optionsVolumeValue', 'optionsSummaryWindow', 'optionsSummaryDaysAndWindow'],
  // Japanese too ("60%", "平日 9:00～17:30").
  ja: ['optionsVolumeValue', 'optionsSummaryDaysAndWindow'],
  // Arabic names the days, then their hours: "من الاثنين إلى الجمعة من 9:00 ص إلى 5:30 م".
  ar: ['optionsSummaryDaysAndWindow'],
};

/** What a message needs from its caller: its named placeholders and the $1…$9 they point to. */
function slots(entry: Messages[string]): string[] {
  const named = Object.entries(entry.placeholders ?? {}).map(([name, p]) => `${name.toLowerCase()}=${p.content}`);
  const used = [...entry.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => m[1]!.toLowerCase());
  return [...named.sort(), ...[...new Set(used)].sort().map((n) => `uses:${n}`)];
}

/** The plural category a key is the form of ("optionsStreak_two" → "two"), or null. */
const categoryOf = (key: string) => /_(zero|one|two|few|many|other)$/.exec(key)?.[1] ?? null;

/**
 * Whether `category` in `locale` stands for exactly one number, so its form may say that number in
 * words instead of writing the count: Arabic "دقيقتان" (two minutes), "يوم واحد" (one day). Not so
 * for French "one" (0 and 1, and 1.5) or Russian "one" (1, 21, 31…).
 */
function singleNumber(locale: string, category: string): boolean {
  const rules = new Intl.PluralRules(locale.replace('_', '-'));
  const numbers = [
    ...Array.from({ length: 1001 }, (_, i) => i),
    ...Array.from({ length: 200 }, (_, i) => i / 10 + 0.05),
  ];
  return numbers.filter((n) => rules.select(n) === category).length === 1;
}

/**
 * A message keeps the placeholders of its English counterpart. A plural form of a category that is a
 * single number (zero, one, two in Arabic) may leave some out, saying the number in words, but never
 * adds one.
 */
function expectSlots(locale: string, key: string, translated: Messages[string], english: Messages[string]): void {
  const category = categoryOf(key);
  const mayOmit = category !== null && ['zero', 'one', 'two'].includes(category) && singleNumber(locale, category);
  if (!mayOmit) return void expect(slots(translated), `${locale}: ${key}`).toEqual(slots(english));
  const allowed = new Set(slots(english));
  expect(
    slots(translated).filter((slot) => !allowed.has(slot)),
    `${locale}: ${key} adds a placeholder`,
  ).toEqual([]);
  // What is left is consistent: every placeholder it defines it uses, and the other way round.
  const defined = Object.keys(translated.placeholders ?? {}).map((n) => n.toLowerCase());
  const used = [...new Set([...translated.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => m[1]!.toLowerCase()))];
  expect(used.sort(), `${locale}: ${key}`).toEqual(defined.sort());
}

describe('locales', () => {
  it('include English, the default locale', () => {
    expect(Object.keys(en).length).toBeGreaterThan(100);
  });

  describe.each(others)('%s', (locale) => {
    const messages = byLocale[locale]!;

    it('has exactly the keys of English, plus the plural forms its language needs', () => {
      const rules = new Intl.PluralRules(locale.replace('_', '-'));
      const categories = new Set<string>(rules.resolvedOptions().pluralCategories);
      // `x_few` is right in a language that has that plural category, when English has `x_other`.
      const extraAllowed = (key: string) => {
        const m = /^(.*)_(zero|two|few|many)$/.exec(key);
        return m !== null && categories.has(m[2]!) && `${m[1]}_other` in en;
      };
      expect(Object.keys(en).filter((key) => !(key in messages))).toEqual([]);
      expect(Object.keys(messages).filter((key) => !(key in en) && !extraAllowed(key))).toEqual([]);
    });

    it('has every plural form its language needs for each counted message', () => {
      const categories = new Intl.PluralRules(locale.replace('_', '-')).resolvedOptions().pluralCategories;
      const bases = Object.keys(en)
        .filter((key) => key.endsWith('_other'))
        .map((key) => key.slice(0, -'_other'.length));
      const missing = bases.flatMap((base) =>
        categories.filter((c) => c !== 'one' && !(`${base}_${c}` in messages)).map((c) => `${base}_${c}`),
      );
      expect(missing).toEqual([]);
    });

    it('keeps every placeholder of English (a form for a single number may say it in words)', () => {
      for (const [key, entry] of Object.entries(en)) {
        const translated = messages[key];
        if (translated) expectSlots(locale, key, translated, entry);
      }
      // An extra plural form takes the placeholders of its family's `_other` form.
      for (const [key, entry] of Object.entries(messages)) {
        const m = /^(.*)_(zero|two|few|many)$/.exec(key);
        const other = m && en[`${m[1]}_other`];
        if (other && !(key in en)) expectSlots(locale, key, entry, other);
      }
    });

    it("names its own language in `locale` (the pages' lang, the popup prerendered in it)", () => {
      expect(messages.locale?.message).toBe(locale.replace('_', '-'));
      expect(() => new Intl.Locale(messages.locale!.message)).not.toThrow();
    });

    it('translates every message (none is left as the English text)', () => {
      const allowed = new Set([...(SAME_AS_ENGLISH['*'] ?? []), ...(SAME_AS_ENGLISH[locale] ?? [])]);
      const untranslated = Object.keys(en).filter(
        (key) => !allowed.has(key) && messages[key]?.message.trim() === en[key]!.message.trim(),
      );
      expect(untranslated).toEqual([]);
    });

    it('has no empty message', () => {
      for (const [key, entry] of Object.entries(messages))
        expect(entry.message.trim(), `${locale}: ${key}`).not.toBe('');
    });
  });
});
