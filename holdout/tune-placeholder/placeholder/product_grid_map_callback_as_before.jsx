import { useEffect, useState } from 'react';
import { fetchProducts } from '../api/products';
import ProductCard from './ProductCard';

export default function ProductGrid({ category }) {
  const [items, setItems] = useState([]);
  const [loading, setLoading] = useState(true);

  useEffect(() => {
    let cancelled = false;
    setLoading(true);
    fetchProducts({ category }).then((data) => {
      if (!cancelled) {
        setItems(data);
        setLoading(false);
      }
    });
    return () => {
      cancelled = true;
    };
  }, [category]);

  if (loading) return <div className="spinner" aria-busy="true" />;

  return (
    <div className="grid">
      {items.map((item) => {
        // ...render card as before
      })}
    </div>
  );
}
