# `<DatePicker />`

An accessible date picker built on top of the native `<input type="date">`.

## Props

- `value` (`Date | null`) – the selected date.
- `onChange` (`(date: Date | null) => void`) – called when the user picks a date.
- `min` / `max` – optional bounds.
- `disabled` – disables the input.

## Example

```jsx
<DatePicker
  value={startDate}
  onChange={setStartDate}
  min={new Date()}
/>
```

## Accessibility

The component forwards `aria-*` attributes to the underlying input and
announces the selected date to screen readers.

> **Note:** Safari < 14.1 falls back to a text input.
