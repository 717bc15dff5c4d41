import i18next from 'i18next';

await i18next.init({
  lng: 'en',
  fallbackLng: 'en',
  resources: {
    en: {
      translation: {
<<<<<<< HEAD
        greeting: 'Hello, {{name}}!',
        farewell: 'Goodbye',
=======
        greeting: 'Hi {{name}}',
        farewell: 'See you soon',
        loading: 'Loading…',
>>>>>>> copy-updates
      },
    },
  },
});

export const t = i18next.t.bind(i18next);
