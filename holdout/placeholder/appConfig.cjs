'use strict';

const env = process.env;

module.exports = {
  port: Number(env.PORT) || 3000,
  logLevel: env.LOG_LEVEL || 'info',
  database: {
    url: env.DATABASE_URL,
    pool: { min: 2, max: Number(env.DB_POOL_MAX) || 10 },
    ssl: env.NODE_ENV === 'production' ? { rejectUnauthorized: false } : false,
  },
  redis: {
    // ... (same as before)
  },
  mail: {
    from: env.MAIL_FROM || 'Acme <no-reply@acme.test>',
    transport: env.SMTP_URL,
  },
  features: {
    newCheckout: env.FEATURE_NEW_CHECKOUT === '1',
  },
};
