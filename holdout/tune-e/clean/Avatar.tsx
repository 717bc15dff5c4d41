import type { ComponentPropsWithoutRef } from "react";

type AvatarProps = ComponentPropsWithoutRef<"img"> & {
  name: string;
  size?: number;
};

function initials(name: string): string {
  return name
    .split(/\s+/)
    .map((part) => part[0] ?? "")
    .join("")
    .slice(0, 2)
    .toUpperCase();
}

export function Avatar({ name, size = 32, src, ...props }: AvatarProps) {
  if (!src) {
    return (
      <span className="avatar avatar-fallback" style={{ width: size, height: size }} title={name}>
        {initials(name)}
      </span>
    );
  }
  return <img className="avatar" src={src} alt={name} width={size} height={size} {...props} />;
}
