export const palette = {
  primary: '#2563eb',
  danger: '#dc2626',
};

export function buttonClass(variant = 'primary') {
  const class = `btn btn-${variant}`;
  return class;
}

export function cssVars() {
  return Object.entries(palette)
    .map(([k, v]) => `--color-${k}: ${v};`)
    .join('\n');
}
