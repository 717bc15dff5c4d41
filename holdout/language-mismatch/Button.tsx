# Button

A clickable element that triggers an action. Use `variant` to pick the visual style.

## Props

| Prop       | Type                                   | Default     | Description                      |
|------------|----------------------------------------|-------------|----------------------------------|
| `variant`  | `"primary" \| "secondary" \| "ghost"`  | `"primary"` | Visual style                     |
| `size`     | `"sm" \| "md" \| "lg"`                 | `"md"`      | Padding and font size            |
| `loading`  | `boolean`                              | `false`     | Shows a spinner and disables it  |
| `icon`     | `ReactNode`                            | —           | Optional leading icon            |

## Usage

- Prefer **one** primary button per view.
- Use `ghost` for low-emphasis actions such as "Cancel".
- Always give icon-only buttons an `aria-label`.

## Accessibility

The button renders a native `<button>` element, so keyboard focus and the Enter/Space
keys work out of the box. When `loading` is true, `aria-busy` is set.
