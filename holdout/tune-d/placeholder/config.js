const path = require("path");

const env = process.env.NODE_ENV || "development";

const config = {
  env,
  port: parseInt(process.env.PORT, 10) || 8080,
  logLevel: process.env.LOG_LEVEL || "info",
  ...
  session: {
    secret: process.env.SESSION_SECRET,
    maxAge: 1000 * 60 * 60 * 24,
  },
};

if (env === "production" && !config.session.secret) {
  throw new Error("SESSION_SECRET must be set in production");
}

module.exports = config;
