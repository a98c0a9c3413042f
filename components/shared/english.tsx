import type { ComponentChildren } from 'preact';

/**
 * Attributes of the document's own text (questions, answers, exercises, cues, quotes): it stays in
 * English whatever the UI language, so screen readers pronounce it as English, and it is laid out left
 * to right inside a right-to-left page, so its punctuation stays where English puts it.
 */
export const ENGLISH = { lang: 'en', dir: 'ltr' } as const;

/** A character no message contains: where a message's substitution goes. */
const SLOT = '\uE000';

/**
 * A whole translated message with an element in place of its one substitution ("Aus: <question>"),
 * so the document's English can be marked as such inside a sentence of the UI language, and the
 * translation keeps its own word order and punctuation around it.
 */
export function Embed({ message, children }: { message: (slot: string) => string; children: ComponentChildren }) {
  const [before, after = ''] = message(SLOT).split(SLOT);
  return (
    <>
      {before}
      {children}
      {after}
    </>
  );
}
