import { useEffect, useState } from "react";

export default function ProductList({ category }) {
  const [products, setProducts] = useState([]);
  const [loading, setLoading] = useState(true);

  useEffect(() => {
    setLoading(true);
    fetch(`/api/products?category=${encodeURIComponent(category)}`)
      .then((r) => r.json())
      .then((data) => setProducts(data))
      .finally(() => setLoading(false));
  }, [category]);

  if (loading) return <p>Loading products</p>;

  return (
    <ul className="products">
      <li className="products__header">{products.length} items</li>
      {/* ...existing list items... */}
    </ul>
  );
}
