# Button

Buttons trigger an action or event, such as submitting a form or opening a dialog.

## Usage

Import the component from the design system package and pass a `variant`.

| prop       | type                                 | default     |
|------------|--------------------------------------|-------------|
| `variant`  | `'primary' \| 'secondary' \| 'ghost'` | `'primary'` |
| `size`     | `'sm' \| 'md' \| 'lg'`                | `'md'`      |
| `disabled` | `boolean`                            | `false`     |

## Accessibility

- Always give icon-only buttons an `aria-label`.
- Do not use a button for navigation; use a link instead.
- Disabled buttons are not focusable, so explain **why** an action is unavailable elsewhere on the page.
