const FOCUSABLE = 'button:not([disabled]), a[href], input:not([disabled]), select, textarea, summary, [tabindex="0"]';

/**
 * Moves focus to the first control after `section` in the document, for a section about to go away
 * under the user's focus (focus must never fall to <body>).
 */
export function focusAfter(section: HTMLElement | null): void {
  if (!section) return;
  const next = [...document.querySelectorAll<HTMLElement>(FOCUSABLE)].find(
    (el) => !section.contains(el) && section.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING,
  );
  next?.focus();
}

/** Focuses the element with `id` once it is rendered (another part of the page renders it from storage). */
export function focusWhenShown(id: string, frames = 60): void {
  const el = document.getElementById(id);
  if (el) el.focus();
  else if (frames > 0) requestAnimationFrame(() => focusWhenShown(id, frames - 1));
}
