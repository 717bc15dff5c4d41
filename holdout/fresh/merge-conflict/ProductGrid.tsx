import { ProductCard } from './ProductCard';
import type { Product } from '@/types';

interface Props {
  products: Product[];
  columns?: 2 | 3 | 4;
}

export function ProductGrid({ products, columns = 3 }: Props) {
  if (!products.length) return <p>No products found.</p>;
  return (
    <div className={`grid grid-cols-${columns} gap-4`}>
      {products.map((p) => (
        <ProductCard key={p.id} product={p} />
      ))}
    </div>
  );
}
<<<<<<< HEAD
=======

export default ProductGrid;
>>>>>>> default-exports
