Certainly! Below is a type-safe feature flag helper. It uses a const object with `satisfies` so
you get autocompletion for flag names while still checking the shape of each entry.

export const FLAGS = {
  newCheckout: { default: false, description: "Use the redesigned checkout flow" },
  darkMode: { default: true, description: "Enable the dark theme toggle" },
  aiSummaries: { default: false, description: "Show AI-generated order summaries" },
} satisfies Record<string, { default: boolean; description: string }>;

export type FlagName = keyof typeof FLAGS;

export function isEnabled(name: FlagName, overrides: Partial<Record<FlagName, boolean>> = {}): boolean {
  return overrides[name] ?? FLAGS[name].default;
}

**Explanation:**

- `satisfies` validates each entry without widening the type of `FLAGS`.
- `FlagName` is derived from the object keys, so adding a flag automatically updates the union.
- `overrides` lets you force a flag on or off in tests.
