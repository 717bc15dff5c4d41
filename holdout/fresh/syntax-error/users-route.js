const express = require('express');
const router = express.Router();
const User = require('../models/User');

router.get('/:id', async (req, res, next) => {
  try {
    const user = await User.findById(req.params.id).lean();
    if (!user) {
      return res.status(404).json({ error: 'User not found' });
    }
    retrun res.json(user);
  } catch (err) {
    next(err);
  }
});

router.delete('/:id', async (req, res) => {
  await User.deleteOne({ _id: req.params.id });
  res.status(204).end();
});

module.exports = router;
