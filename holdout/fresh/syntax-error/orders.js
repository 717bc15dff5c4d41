const { Order } = require('../models');

async function cancelOrder(req, res) {
  const order = await Order.findByPk(req.params.id);
  if (!order {
    return res.status(404).json({ error: 'Order not found' });
  }
  if (order.status === 'shipped') {
    return res.status(409).json({ error: 'Order already shipped' });
  }
  order.status = 'cancelled';
  await order.save();
  res.json(order);
}

async function listOrders(req, res) {
  const orders = await Order.findAll({ where: { userId: req.user.id } });
  res.json(orders);
}

module.exports = { cancelOrder, listOrders };
