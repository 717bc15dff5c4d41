Certainly! Here's a React countdown component that cleans up its interval when it unmounts:

import { useEffect, useState } from 'react';

function format(ms) {
  const total = Math.max(0, Math.floor(ms / 1000));
  const m = String(Math.floor(total / 60)).padStart(2, '0');
  const s = String(total % 60).padStart(2, '0');
  return `${m}:${s}`;
}

export default function Countdown({ until, onDone }) {
  const [left, setLeft] = useState(() => until - Date.now());

  useEffect(() => {
    const id = setInterval(() => {
      const remaining = until - Date.now();
      setLeft(remaining);
      if (remaining <= 0) {
        clearInterval(id);
        onDone?.();
      }
    }, 250);
    return () => clearInterval(id);
  }, [until, onDone]);

  return <time className="countdown">{format(left)}</time>;
}

Let me know if you'd like me to add pause/resume support or a progress ring!
