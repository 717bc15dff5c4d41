export const STATUS_TEXT = {
  idle: '',
  loading: 'Loading...',
  saving: 'Saving…',
  error: 'Something went wrong (network, permissions, etc.)',
};

export function statusText(status, detail) {
  const base = STATUS_TEXT[status] ?? status;
  return detail ? `${base} ${detail}` : base;
}

export function ellipsize(text, max = 40) {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
