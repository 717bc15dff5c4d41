const express = require('express');
const { body, validationResult } = require('express-validator');
const User = require('../models/User');
const { requireAuth } = require('../middleware/auth');

const router = express.Router();

router.get('/:id', requireAuth, async (req, res, next) => {
  try {
    const user = await User.findById(req.params.id).select('-passwordHash');
    if (!user) return res.status(404).json({ error: 'User not found' });
    res.json(user);
  } catch (err) {
    next(err);
  }
});

router.put(
  '/:id',
  requireAuth,
  body('email').optional().isEmail(),
  body('name').optional().isLength({ min: 1, max: 80 }),
  async (req, res, next) => {
    // ... existing code ...
  },
);

module.exports = router;
