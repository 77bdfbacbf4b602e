// One polite live region for the whole app: short confirmations ("Undone: …")
// reach screen-reader users without moving focus.
import { useEffect, useState } from 'react';
import '../inventory.css';

const EVENT = 'crp:announce';

export function announce(text: string): void {
  window.dispatchEvent(new CustomEvent<string>(EVENT, { detail: text }));
}

export function LiveRegion() {
  const [text, setText] = useState('');
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const on = (e: Event) => {
      setText((e as CustomEvent<string>).detail);
      clearTimeout(timer);
      timer = setTimeout(() => setText(''), 6000);
    };
    window.addEventListener(EVENT, on);
    return () => {
      window.removeEventListener(EVENT, on);
      clearTimeout(timer);
    };
  }, []);
  return (
    <div className="toast" role="status" aria-live="polite" data-testid="announcer">
      {text}
    </div>
  );
}
