import type { HTMLAttributes } from 'react';

interface ClampTextProps extends HTMLAttributes<HTMLSpanElement> {
  text: string;
  max: number;
  /** Suffix appended when the text is cut. Defaults to a single "…" character. */
  suffix?: string;
}

/**
 * Shortens long text and keeps the full value in a tooltip.
 *
 * @example
 *   <ClampText text="A very long product name..." max={20} />
 */
export function ClampText({ text, max, suffix = '…', ...spanProps }: ClampTextProps) {
  const cut = text.length > max;
  const shown = cut ? text.slice(0, Math.max(0, max - suffix.length)).trimEnd() + suffix : text;
  return (
    <span title={cut ? text : undefined} {...spanProps}>
      {shown}
    </span>
  );
}
