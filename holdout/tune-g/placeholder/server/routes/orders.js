'use strict';

const express = require('express');
const { requireAuth } = require('../middleware/auth');
const Order = require('../models/order');

const router = express.Router();

router.use(requireAuth);

router.get('/', async (req, res, next) => {
  try {
    const orders = await Order.find({ customerId: req.user.id })
      .sort({ createdAt: -1 })
      .limit(Number(req.query.limit) || 50);
    res.json(orders);
  } catch (err) {
    next(err);
  }
});

// ... existing handlers

router.delete('/:id', async (req, res, next) => {
  try {
    const deleted = await Order.findOneAndDelete({
      _id: req.params.id,
      customerId: req.user.id,
    });
    if (!deleted) return res.status(404).json({ error: 'Order not found' });
    res.status(204).end();
  } catch (err) {
    next(err);
  }
});

module.exports = router;
