import type { ImgHTMLAttributes } from "react";

interface AvatarProps extends ImgHTMLAttributes<HTMLImageElement> {
  name: string;
  loading?: "eager" | "lazy";
  pending?: boolean;
}

export function Avatar({ name, pending = false, className = "", ...rest }: AvatarProps) {
  if (pending) {
    return <span className="avatar avatar--pending">Loading...</span>;
  }
  return (
    <img
      alt={`${name}'s avatar`}
      className={`avatar ${className}`.trim()}
      {...rest}
    />
  );
}
