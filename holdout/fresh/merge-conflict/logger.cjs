const winston = require('winston');

src/logger.cjs
<<<<<<< SEARCH
const logger = winston.createLogger({
  level: 'info',
  transports: [new winston.transports.Console()],
});
=======
const logger = winston.createLogger({
  level: process.env.LOG_LEVEL || 'info',
  format: winston.format.combine(winston.format.timestamp(), winston.format.json()),
  transports: [new winston.transports.Console()],
});
>>>>>>> REPLACE

module.exports = logger;
