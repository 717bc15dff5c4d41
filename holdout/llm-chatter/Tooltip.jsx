import { useId, useState } from 'react';

export function Tooltip({ label, children, placement = 'top' }) {
  const [open, setOpen] = useState(false);
  const id = useId();

  return (
    <span
      className="tooltip"
      onMouseEnter={() => setOpen(true)}
      onMouseLeave={() => setOpen(false)}
      onFocus={() => setOpen(true)}
      onBlur={() => setOpen(false)}
    >
      <span aria-describedby={open ? id : undefined}>{children}</span>
      {open && (
        <span role="tooltip" id={id} className={`tooltip__bubble tooltip__bubble--${placement}`}>
          {label}
        </span>
      )}
    </span>
  );
}

And here's how you would use it in `App.jsx`:

import { Tooltip } from './Tooltip';

export default function App() {
  return (
    <Tooltip label="Copies the link to your clipboard">
      <button>Share</button>
    </Tooltip>
  );
}
