// src/components/Avatar.tsx
```tsx
import clsx from "clsx";

type AvatarSize = "sm" | "md" | "lg";

const SIZES: Record<AvatarSize, number> = { sm: 24, md: 40, lg: 64 };

export interface AvatarProps {
  src?: string | null;
  name: string;
  size?: AvatarSize;
  className?: string;
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((p) => p[0]!.toUpperCase())
    .join("");
}

export function Avatar({ src, name, size = "md", className }: AvatarProps) {
  const px = SIZES[size];
  return src ? (
    <img src={src} alt={name} width={px} height={px} className={clsx("avatar", className)} />
  ) : (
    <span className={clsx("avatar avatar--fallback", className)} style={{ width: px, height: px }}>
      {initials(name)}
    </span>
  );
}
```
