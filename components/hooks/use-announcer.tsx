import { useRef, useState } from 'preact/hooks';

/**
 * A polite live region that says what just changed ("Walk started, 5 minutes"): render `region` once,
 * from the first paint (a region added later is not reliably read), and call `announce(text)`. The
 * same text twice in a row is read twice: the region is emptied first.
 */
export function useAnnouncer() {
  const [message, setMessage] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const announce = (text: string) => {
    clearTimeout(timer.current);
    setMessage('');
    timer.current = setTimeout(() => setMessage(text), 50);
  };
  const region = (
    <p class="visually-hidden" role="status">
      {message}
    </p>
  );
  return { announce, region, message };
}

export type Announce = (text: string) => void;
