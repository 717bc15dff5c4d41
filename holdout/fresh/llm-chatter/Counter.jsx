import { useState } from 'react';

export default function Counter({ step = 1 }) {
  const [count, setCount] = useState(0);

  return (
    <div className="counter">
      <button onClick={() => setCount((c) => c - step)}>-</button>
      <span>{count}</span>
      <button onClick={() => setCount((c) => c + step)}>+</button>
    </div>
  );
}

**Changes made:**
- Switched to the functional form of `setCount` so rapid clicks are not lost.
- Added a `step` prop with a default of `1`.
