import type { ButtonHTMLAttributes, ReactNode } from "react";
import clsx from "clsx";

type Variant = "primary" | "secondary" | "danger";

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: Variant;
  icon?: ReactNode;
}

export function Button({ variant = "primary", icon, className, children, ...rest }: ButtonProps) {
  return (
    <button className={clsx("btn", `btn-${variant}`, className)} {...rest}>
      {icon}
      {children}
    </button>
  );
}

I've also added proper TypeScript types for the props.
