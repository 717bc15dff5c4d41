``` js
import en from './locales/en.json';
import de from './locales/de.json';

const catalogs = { en, de };
let current = 'en';

export function setLocale(locale) {
  if (!(locale in catalogs)) throw new Error(`Unsupported locale: ${locale}`);
  current = locale;
}

export function t(key, params = {}) {
  const template = key.split('.').reduce((node, part) => node?.[part], catalogs[current]) ?? key;
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name) => String(params[name] ?? ''));
}

export const plural = (n, one, other) => (n === 1 ? one : other).replace('#', String(n));
```
