import { useCallback, useState } from "react";

export function useToggle(initial = false): [boolean, () => void, (value: boolean) => void] {
  const [value, setValue] = useState(initial);
  const toggle = useCallback(() => setValue((v) => !v), []);
  const set = useCallback((v: boolean) => setValue(v), []);
  return [value, toggle, set];
}

export function useDisclosure(initial = false) {
  const [isOpen, toggle, set] = useToggle(initial);
  return {
    isOpen,
    onToggle: toggle,
    onOpen: useCallback(() => set(true), [set]),
    onClose: useCallback(() => set(false), [set]),
  };
}
```
