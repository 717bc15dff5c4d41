const LEVELS = { debug: 10, info: 20, warn: 30, error: 40 };
const threshold = LEVELS[process.env.LOG_LEVEL] ?? LEVELS.info;

function log(level, message, ...args) {
  if (LEVELS[level] < threshold) return;
  const line = { ts: new Date().toISOString(), level, message };
  if (args.length) line.args = args;
  process.stdout.write(JSON.stringify(line) + "\n");
}

// TODO: add a pretty printer for local development
const logger = {
  debug: (...args) => log("debug", ...args),
  info: (...args) => log("info", ...args),
  warn: (...args) => log("warn", ...args),
  error: (...args) => log("error", ...args),
};

logger.info("Loading...", { pid: process.pid });

module.exports = { logger, LEVELS };
