import { useState, type ReactElement, cloneElement } from "react";

interface TooltipProps {
  label: string;
  children: ReactElement;
  placement?: "top" | "bottom";
}

export function Tooltip({ label, children, placement = "top" }: TooltipProps) {
  const [visible, setVisible] = useState(false);

  return (
    <span className="tooltip-wrapper">
      {cloneElement(children, {
        onMouseEnter: () => setVisible(true),
        onMouseLeave: () => setVisible(false),
        onFocus: () => setVisible(true),
        onBlur: () => setVisible(false),
        "aria-describedby": visible ? "tooltip" : undefined,
      })}
      {visible && (
        <span id="tooltip" role="tooltip" className={`tooltip tooltip--${placement}`}>
          {label}
        </span>
      )}
    </span>
  );
}
```


