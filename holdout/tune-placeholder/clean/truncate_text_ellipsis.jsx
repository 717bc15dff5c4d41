import { useState } from 'react';

/**
 * Shows the first `max` characters followed by "…" and a toggle.
 * Text shorter than `max` is rendered unchanged.
 */
export default function TruncateText({ text, max = 160 }) {
  const [expanded, setExpanded] = useState(false);
  if (text.length <= max) return <p>{text}</p>;

  return (
    <p>
      {expanded ? text : `${text.slice(0, max).trimEnd()}…`}{' '}
      <button className="link" onClick={() => setExpanded((e) => !e)}>
        {expanded ? 'Show less' : 'Read more'}
      </button>
    </p>
  );
}
