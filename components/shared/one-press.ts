/**
 * A double-click, or Enter held down, is one press. A double-click's second click lands where the
 * first one pressed, and by then the popup may have put another control there ("Start walk" gives way
 * to "Pause walk", "Finish now" to "Start walk") or renamed the pressed one (Pause → Resume): a
 * double-click on "Start walk" started the walk and paused it at once. Enter held down repeats (after
 * about half a second, some 30 times a second) on whatever has focus, which is "Pause walk" once the
 * walk runs: the walk paused, resumed, paused… Listened to first (capture, on the window), this stops
 * the clicks after the first of a multi-click (`detail` 2, 3, …) before any handler sees them, and
 * cancels a repeated Enter before the browser turns it into a click; except inside `[data-repeat]`,
 * where each counts (the walk length's − and +). A single click or key press, the default action of a
 * click (a checkbox still ticks) and other held keys (Backspace in the search box) are untouched.
 */
export function onePress(event: MouseEvent | KeyboardEvent): void {
  if (!(event.target as Element).closest('[data-repeat]'))
    if (event.detail > 1) event.stopPropagation();
    else if ((event as KeyboardEvent).repeat && (event as KeyboardEvent).key == 'Enter') event.preventDefault();
}
