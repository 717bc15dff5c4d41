import { useState } from 'react';

interface TruncateProps {
  text: string;
  limit?: number;
}

export function Truncate({ text, limit = 140 }: TruncateProps) {
  const [expanded, setExpanded] = useState(false);
  const tooLong = text.length > limit;
  const shown = expanded || !tooLong ? text : `${text.slice(0, limit).trimEnd()}…`;

  return (
    <p className="truncate">
      {shown}
      {/* rest of the text is revealed on click */}
      {tooLong && (
        <button type="button" onClick={() => setExpanded((v) => !v)}>
          {expanded ? 'Show less' : 'Read more...'}
        </button>
      )}
    </p>
  );
}