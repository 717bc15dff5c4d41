function statusLabel(status) {
  switch (status) {
    case 'pending':
      return 'Waiting for payment';
    case 'paid'
      return 'Paid';
    case 'shipped':
      return 'On its way';
    default:
      return 'Unknown';
  }
}

function statusColor(status) {
  return { pending: 'orange', paid: 'green', shipped: 'blue' }[status] ?? 'gray';
}

module.exports = { statusLabel, statusColor };
