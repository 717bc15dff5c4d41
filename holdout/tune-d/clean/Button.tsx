import type { ButtonHTMLAttributes, ReactNode } from "react";

type Props = ButtonHTMLAttributes<HTMLButtonElement> & {
  loading?: boolean;
  icon?: ReactNode;
};

export function Button({ loading = false, icon, children, ...props }: Props) {
  return (
    <button {...props} disabled={loading || props.disabled} aria-busy={loading}>
      {icon}
      {loading ? "Loading..." : children}
    </button>
  );
}

export function IconButton({ label, ...rest }: Props & { label: string }) {
  return <Button aria-label={label} {...rest} />;
}
