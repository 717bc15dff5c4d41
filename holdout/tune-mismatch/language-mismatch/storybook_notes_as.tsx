# Button

Buttons trigger an action or event, such as submitting a form or opening a dialog.

## When to use

- Use **primary** buttons for the main action on a page (only one per view).
- Use **secondary** buttons for alternative actions.
- Use **ghost** buttons inside toolbars and dense tables.

## Variants

| Variant     | Use case                      |
| ----------- | ----------------------------- |
| `primary`   | Main call to action           |
| `secondary` | Less important actions        |
| `danger`    | Destructive actions (delete)  |

## Do / Don't

- ✅ Keep labels short: "Save", "Create project".
- ❌ Don't use a button for navigation — use a link instead.

See also: [IconButton](./IconButton.md), [ButtonGroup](./ButtonGroup.md).
