/**
 * A number as a locale writes it ("4,5" in German, "٤٫٥" in Egyptian Arabic), with at most one
 * decimal and at least `digits` integer digits ("05"). Pure: the pages and the worker pass the UI's
 * locale (lib/browser/i18n.ts formatNumber); undefined is the runtime's own.
 */
const formats = new Map<string, Intl.NumberFormat>();

export function formatNumberIn(locale: string | undefined, n: number, digits = 1): string {
  const key = `${locale} ${digits}`;
  let f = formats.get(key);
  if (!f)
    formats.set(key, (f = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, minimumIntegerDigits: digits })));
  return f.format(n);
}
