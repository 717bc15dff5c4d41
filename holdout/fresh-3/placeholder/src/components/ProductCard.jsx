import { useState } from 'react';
import PropTypes from 'prop-types';
import { formatPrice } from '../utils/currency';
import styles from './ProductCard.module.css';

export default function ProductCard({ product, onAddToCart }) {
  const [quantity, setQuantity] = useState(1);
  const [adding, setAdding] = useState(false);

  // discount calculation stays as you had it

  async function handleAdd() {
    setAdding(true);
    try {
      await onAddToCart(product.id, quantity);
    } finally {
      setAdding(false);
    }
  }

  return (
    <article className={styles.card}>
      <img src={product.imageUrl} alt={product.name} className={styles.image} />
      <h3 className={styles.title}>{product.name}</h3>
      {discountLabel && <span className={styles.badge}>{discountLabel}</span>}
      <p className={styles.price}>{formatPrice(finalPrice)}</p>
      {/* ...rest of the card markup stays the same... */}
      <div className={styles.actions}>
        <input
          type="number"
          min={1}
          value={quantity}
          onChange={(e) => setQuantity(Number(e.target.value))}
        />
        <button type="button" onClick={handleAdd} disabled={adding}>
          {adding ? 'Adding…' : 'Add to cart'}
        </button>
      </div>
    </article>
  );
}

ProductCard.propTypes = {
  product: PropTypes.shape({
    id: PropTypes.string.isRequired,
    name: PropTypes.string.isRequired,
    price: PropTypes.number.isRequired,
    imageUrl: PropTypes.string,
  }).isRequired,
  onAddToCart: PropTypes.func.isRequired,
};
