export const SUPPORTED_LOCALES = ['en', 'de', 'fr', 'es'];

export const messages = {
  en: {
    greeting: 'Welcome back, {name}!',
    logout: 'Sign out',
    cartEmpty: 'Your cart is empty.',
    checkout: 'Proceed to checkout',
  },
  de: {
    greeting: 'Willkommen zurück, {name}!',
    logout: 'Abmelden',
    cartEmpty: 'Ihr Warenkorb ist leer.',
    checkout: 'Zur Kasse',
  },
  // ...and so on for fr and es
};

export function t(locale, key, vars = {}) {
  const table = messages[locale] ?? messages.en;
  const template = table[key] ?? messages.en[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name) => vars[name] ?? '');
}
