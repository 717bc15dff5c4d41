import { connect } from 'react-redux';
import { removeItem, checkout } from '../store/cartActions';
import { selectCartItems, selectCartTotal } from '../store/selectors';

function CartSummary({ items, total, shippingEstimate, removeItem, checkout }) {
  return (
    <aside className="cart-summary">
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            {item.name} × {item.qty}
            <button onClick={() => removeItem(item.id)}>Remove</button>
          </li>
        ))}
      </ul>
      <p>Shipping: {shippingEstimate}</p>
      <p className="total">Total: {total}</p>
      <button disabled={!items.length} onClick={checkout}>Checkout</button>
    </aside>
  );
}

const mapStateToProps = (state) => ({
  items: selectCartItems(state),
  total: selectCartTotal(state),
  // ...rest of the selectors
});

export default connect(mapStateToProps, { removeItem, checkout })(CartSummary);
