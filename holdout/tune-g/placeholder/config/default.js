module.exports = {
  app: {
    name: 'inventory-service',
    port: parseInt(process.env.PORT, 10) || 3000,
  },
  database: {
    host: process.env.DB_HOST || 'localhost',
    port: 5432,
    name: 'inventory',
    pool: { min: 2, max: 10 },
  },
  ...
  logging: {
    level: process.env.LOG_LEVEL || 'info',
    pretty: process.env.NODE_ENV !== 'production',
  },
  features: {
    reservations: true,
    barcodeScanning: false,
  },
};
