import PropTypes from 'prop-types';
import { formatCurrency, formatDate } from '../utils/format';

export function OrdersTable({ orders, onSelect, sortBy, onSort }) {
  const header = (key, label) => (
    <th
      onClick={() => onSort(key)}
      className={sortBy === key ? 'sorted' : undefined}
    >
      {label}
    </th>
  );

  if (orders.length === 0) {
    return <p className="empty">No orders yet.</p>;
  }

  return (
    <table className="orders">
      <thead>
        <tr>
          {header('id', 'Order')}
          {header('customer', 'Customer')}
          {header('total', 'Total')}
          {header('createdAt', 'Placed')}
        </tr>
      </thead>
      <tbody>
        <existing code>
      </tbody>
    </table>
  );
}

OrdersTable.propTypes = {
  orders: PropTypes.arrayOf(PropTypes.object).isRequired,
  onSelect: PropTypes.func.isRequired,
  sortBy: PropTypes.string,
  onSort: PropTypes.func.isRequired,
};
