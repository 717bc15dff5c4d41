import { useState } from 'react';

interface ExpandableTextProps {
  text: string;
  previewLength?: number;
}

export function ExpandableText({ text, previewLength = 160 }: ExpandableTextProps) {
  const [expanded, setExpanded] = useState(false);
  const needsToggle = text.length > previewLength;
  const shown = expanded || !needsToggle ? text : text.slice(0, previewLength);

  return (
    <p className="expandable">
      {shown}
      {!expanded && needsToggle && <span aria-hidden="true">…</span>}
      {needsToggle && (
        <button type="button" className="link" onClick={() => setExpanded((v) => !v)}>
          {expanded ? 'Show less' : 'Show the rest...'}
        </button>
      )}
    </p>
  );
}