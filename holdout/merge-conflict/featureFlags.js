'use strict';

const DEFAULTS = {
  newCheckout: false,
  darkMode: true,
  betaSearch: false,
};

function loadFlags(env = process.env) {
  const flags = { ...DEFAULTS };
  for (const name of Object.keys(DEFAULTS)) {
    const raw = env[`FLAG_${name.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`];
<<<<<<< Updated upstream
    if (raw !== undefined) flags[name] = raw === 'true';
=======
    if (raw !== undefined) flags[name] = ['1', 'true', 'yes', 'on'].includes(raw.toLowerCase());
>>>>>>> Stashed changes
  }
  return flags;
}

module.exports = { DEFAULTS, loadFlags };
