const express = require('express');
const { body, validationResult } = require('express-validator');
const Order = require('../models/Order');
const { requireAuth } = require('../middleware/auth');

const router = express.Router();

// validateOrder() is unchanged from your version — keep it here.

router.get('/', requireAuth, async (req, res, next) => {
  try {
    const page = Number(req.query.page) || 1;
    const orders = await Order.find({ customer: req.user.id })
      .sort({ createdAt: -1 })
      .skip((page - 1) * 20)
      .limit(20);
    res.json({ page, orders });
  } catch (err) {
    next(err);
  }
});

router.post('/', requireAuth, validateOrder, async (req, res, next) => {
  const errors = validationResult(req);
  if (!errors.isEmpty()) {
    return res.status(422).json({ errors: errors.array() });
  }
  try {
    const order = await Order.create({ ...req.body, customer: req.user.id });
    res.status(201).json(order);
  } catch (err) {
    next(err);
  }
});

router.patch('/:id/cancel', requireAuth, async (req, res, next) => {
  try {
    const order = await Order.findOne({ _id: req.params.id, customer: req.user.id });
    if (!order) return res.sendStatus(404);
    if (order.status !== 'pending') {
      return res.status(409).json({ error: 'Only pending orders can be cancelled' });
    }
    order.status = 'cancelled';
    await order.save();
    res.json(order);
  } catch (err) {
    next(err);
  }
});

module.exports = router;
