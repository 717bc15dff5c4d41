const messages = {
  en: {
    'nav.home': 'Home',
    'nav.orders': 'Orders',
    'nav.settings': 'Settings',
    'orders.empty': 'You have no orders yet.',
    // ... more keys
  },
  de: {
    'nav.home': 'Start',
    'nav.orders': 'Bestellungen',
    'nav.settings': 'Einstellungen',
    'orders.empty': 'Sie haben noch keine Bestellungen.',
    'orders.total': 'Summe',
    'settings.language': 'Sprache',
    'settings.save': 'Speichern',
  },
};

export function t(locale, key, vars = {}) {
  const table = messages[locale] || messages.en;
  const template = table[key] ?? messages.en[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name) => String(vars[name] ?? ''));
}

export default messages;
