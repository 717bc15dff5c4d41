'use strict';

const defaultSettings = {
  theme: 'system',
  language: 'en',
  notifications: {
    email: true,
    push: false
    digest: 'weekly',
  },
  privacy: {
    showOnlineStatus: true,
    searchable: true,
  },
};

function withDefaults(settings = {}) {
  return {
    ...defaultSettings,
    ...settings,
    notifications: { ...defaultSettings.notifications, ...settings.notifications },
    privacy: { ...defaultSettings.privacy, ...settings.privacy },
  };
}

module.exports = { defaultSettings, withDefaults };
