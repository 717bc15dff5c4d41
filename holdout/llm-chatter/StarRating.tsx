import { useState } from "react";

interface StarRatingProps {
  value: number;
  max?: number;
  onChange?: (value: number) => void;
}

export function StarRating({ value, max = 5, onChange }: StarRatingProps) {
  const [hover, setHover] = useState<number | null>(null);
  const shown = hover ?? value;

  return (
    <div className="stars" role="radiogroup" onMouseLeave={() => setHover(null)}>
      {Array.from({ length: max }, (_, i) => i + 1).map((n) => (
        <button
          key={n}
          role="radio"
          aria-checked={n === value}
          aria-label={`${n} star${n > 1 ? "s" : ""}`}
          onMouseEnter={() => onChange && setHover(n)}
          onClick={() => onChange?.(n)}
          disabled={!onChange}
        >
          {n <= shown ? "★" : "☆"}
        </button>
      ))}
    </div>
  );
}

**Key improvements:**

* **Accessibility:** the stars are exposed as a radio group, so screen readers announce the current rating.
* **Read-only mode:** when no `onChange` is passed, the buttons are disabled and hovering does nothing.
* **Hover preview:** users see the rating they are about to pick before clicking.

I hope this helps! Feel free to ask if you need half-star support.
