/**
 * A double-click is one press. Its second click lands where the first one pressed, and by then the
 * popup may have put another control there ("Start walk" gives way to "Pause walk", "Finish now" to
 * "Start walk") or renamed the pressed one (Pause → Resume): a double-click on "Start walk" started
 * the walk and paused it at once. Listened to first (capture, on the window), this stops the clicks
 * after the first of a multi-click (`detail` 2, 3, …) before any handler sees them, except inside
 * `[data-repeat]`, where each click counts (the walk length's − and +). Keyboard presses (`detail` 0)
 * and a click's default action (the caret in a text box) are untouched.
 */
export function stopRepeatedClick(event: MouseEvent): void {
  if (event.detail > 1 && !(event.target as Element).closest('[data-repeat]')) event.stopPropagation();
}
