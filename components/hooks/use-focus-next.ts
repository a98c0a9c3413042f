import { useLayoutEffect, useRef, useState } from 'preact/hooks';

/** A request older than this is dropped: the change it waited for did not come. */
const EXPIRES_MS = 5_000;

interface Pending {
  id: string;
  /** The control that was pressed: focus moves once it has gone. */
  from: Element | null;
  at: number;
}

/** In the document and not hidden. */
const shown = (el: Element) => el.isConnected && !el.closest('[hidden]') && el.getClientRects().length > 0;
/** Whether the pressed control has gone (a click that focused nothing, as on macOS, counts as gone). */
const gone = (el: Element | null) => !el || el === document.body || !shown(el);

/**
 * Focus for controls that replace the one the user pressed: "Start walk" gives way to the walk's
 * "Pause walk" once the background has started it, "Finish now" to "Start walk", a pause choice to
 * "Resume reminders". `request(id)` names the control that makes sense next; in the first render in
 * which the pressed control has gone and the target is there, the target gets focus, in the same
 * frame, so focus never rests on <body>. A user who moved focus elsewhere meanwhile keeps it.
 * Use it in the component that renders every target (the page): it checks after each of its renders.
 */
export function useFocusNext() {
  const pending = useRef<Pending | null>(null);
  const [, rerender] = useState(0);
  useLayoutEffect(() => {
    const p = pending.current;
    if (!p) return;
    if (Date.now() - p.at > EXPIRES_MS) return void (pending.current = null);
    if (!gone(p.from)) return;
    const active = document.activeElement;
    if (active && active !== document.body && active !== p.from) return void (pending.current = null);
    const target = document.getElementById(p.id) as HTMLButtonElement | null;
    if (!target || target.disabled || !shown(target)) return;
    pending.current = null;
    target.focus();
  });
  return {
    /** Focus `id` once the control pressed now has gone (replaced or removed) and `id` is rendered. */
    request(id: string) {
      pending.current = { id, from: document.activeElement, at: Date.now() };
      rerender((n) => n + 1);
    },
    /** The action failed: the pressed control stays, and so does focus. */
    cancel() {
      pending.current = null;
    },
  };
}

export type FocusNext = ReturnType<typeof useFocusNext>;
