import { useState } from 'react';
import ProductCard from './ProductCard';

const FIRST_BATCH = 12;

export default function ProductList({ products, onAddToCart, ...listProps }) {
  const [showAll, setShowAll] = useState(false);
  const visible = showAll ? products : products.slice(0, FIRST_BATCH);
  const remaining = products.length - visible.length;

  if (!products?.length) {
    return <p className="empty">No products match these filters.</p>;
  }

  return (
    <section {...listProps} className="product-list">
      <ul>
        {visible.map(({ id, ...product }) => (
          <li key={id}>
            <ProductCard {...product} onAdd={() => onAddToCart?.(id)} />
          </li>
        ))}
      </ul>
      {/* the remaining products are only rendered after "Show more" is clicked */}
      {remaining > 0 && (
        <button type="button" onClick={() => setShowAll(true)}>
          Show {remaining} more
        </button>
      )}
    </section>
  );
}
