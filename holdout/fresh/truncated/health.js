const os = require('os');
const { version } = require('../package.json');

function snapshot() {
  return {
    version,
    uptime: process.uptime(),
    load: os.loadavg(),
    memory: process.memoryUsage().rss,
  };
}

const healthHandler = async (req, res) =>