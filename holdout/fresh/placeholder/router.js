const { Router } = require('express');
const users = require('./controllers/users');

const router = Router();

router.get('/health', (req, res) => res.json({ ok: true }));
router.get('/users', users.list);
router.post('/users', users.create);

// other routes go here

module.exports = router;
