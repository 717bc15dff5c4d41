import { formatMoney } from './money.mjs';

export function orderConfirmation(user, order) {
  const lines = order.items
    .map((item) => `  - ${item.qty} × ${item.name}: ${formatMoney(item.price * item.qty)}`)
    .join('\n');

  return {
    to: user.email,
    subject: `Your order #${order.id} is confirmed`,
    text: `Hi ${user.firstName},

Thanks for shopping with us! Here is what you ordered:

${lines}

Total: ${formatMoney(order.total)}
Your order will be shipped to ${order.shipping.city} within