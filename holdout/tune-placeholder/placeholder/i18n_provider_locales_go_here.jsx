import { IntlProvider } from 'react-intl';
import { useState, useMemo } from 'react';

const messages = {
  en: {
    'nav.home': 'Home',
    'nav.settings': 'Settings',
    'greeting': 'Hello, {name}!',
  },
  de: {
    'nav.home': 'Startseite',
    'nav.settings': 'Einstellungen',
    'greeting': 'Hallo, {name}!',
  },
  // other locales go here
};

export function I18nProvider({ children, defaultLocale = 'en' }) {
  const [locale, setLocale] = useState(
    () => localStorage.getItem('locale') || navigator.language.slice(0, 2) || defaultLocale,
  );
  const active = messages[locale] ? locale : defaultLocale;
  const value = useMemo(() => messages[active], [active]);

  return (
    <IntlProvider locale={active} messages={value} defaultLocale={defaultLocale}>
      {children}
    </IntlProvider>
  );
}
