import { useRef, useState } from 'preact/hooks';

interface Choice<T> {
  value: T;
  label: string;
  /** The accessible name when the label alone says too little ("5 min" → "Snooze 5 min"); it contains the label. */
  name?: string;
}

interface Props<T> {
  /** Id of the button that opens the choices (also the base of the group's id). */
  id: string;
  label: string;
  /** Accessible name of the group of choices ("Pause reminders for"). */
  groupLabel: string;
  choices: readonly Choice<T>[];
  onChoose: (value: T) => void;
  /** A command is on its way: choices do nothing (they stay focusable, so focus is never lost). */
  busy?: boolean;
  class?: string;
}

/**
 * A button that reveals a few choices (a disclosure, not an ARIA menu: Tab reaches the choices, and
 * each is a plain button). Escape closes it and puts focus back on the button that opened it.
 */
export function ChoiceMenu<T extends string | number>({
  id,
  label,
  groupLabel,
  choices,
  onChoose,
  busy = false,
  class: className = '',
}: Props<T>) {
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    // Handled here: the browser must not also close the popup.
    event.preventDefault();
    event.stopPropagation();
    setOpen(false);
    toggle.current?.focus();
  };
  return (
    <div class={`choice-menu ${className}`} onKeyDown={onKeyDown}>
      <button
        ref={toggle}
        id={id}
        type="button"
        class="button menu-toggle"
        aria-expanded={open}
        aria-controls={`${id}-choices`}
        onClick={() => setOpen(!open)}
      >
        {label}
      </button>
      <div id={`${id}-choices`} class="menu-choices" role="group" aria-label={groupLabel} hidden={!open}>
        {choices.map((choice) => (
          <button
            type="button"
            class="button"
            key={choice.value}
            aria-label={choice.name}
            aria-disabled={busy || undefined}
            onClick={() => !busy && onChoose(choice.value)}
          >
            {choice.label}
          </button>
        ))}
      </div>
    </div>
  );
}
