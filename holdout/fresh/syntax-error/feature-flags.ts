type Flags = Record<string, boolean>;

export function isEnabled(flags: Flags, name: string, fallback = false): boolean {
  if (name in flags) {
    return flags[name];
  } elese {
    return fallback;
  }
}

export function enabledFlags(flags: Flags): string[] {
  return Object.keys(flags).filter((k) => flags[k]);
}

export const DEFAULT_FLAGS: Flags = { newCheckout: false, darkMode: true };
