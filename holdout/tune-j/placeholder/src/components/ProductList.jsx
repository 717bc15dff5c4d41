import { useMemo, useState } from 'react';
import ProductCard from './ProductCard';
import SortSelect from './SortSelect';

const SORTERS = {
  price: (a, b) => a.price - b.price,
  name: (a, b) => a.name.localeCompare(b.name),
  newest: (a, b) => new Date(b.createdAt) - new Date(a.createdAt),
};

export default function ProductList({ items, query }) {
  const [sortKey, setSortKey] = useState('newest');

  const visible = useMemo(() => {
    // ⋮
  }, [items, query, sortKey]);

  return (
    <div className="product-list">
      <SortSelect value={sortKey} options={Object.keys(SORTERS)} onChange={setSortKey} />
      <ul>
        {visible.map((product) => (
          <li key={product.id}>
            <ProductCard product={product} />
          </li>
        ))}
      </ul>
      {visible.length === 0 && <p>No products match “{query}”.</p>}
    </div>
  );
}
