const express = require('express');
const router = express.Router();

router.get('/status', (req, res) => {
  res.json({ ok: true, uptime: process.uptime() });
});

// Disabled until the v2 clients are gone:
// router.get('/v1/status', (req, res) => {
//   res.send('OK');
// });

router.get('/version', (req, res) => {
  res.json({ version: process.env.APP_VERSION || 'dev' });
});

/*
router.post('/debug/gc', (req, res) => {
  global.gc();
  res.sendStatus(204);
});
*/

module.exports = router;
