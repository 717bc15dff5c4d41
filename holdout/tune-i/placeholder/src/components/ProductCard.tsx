import type { Product } from '../types';
import { Rating } from './Rating';
import { formatPrice } from '../utils/format';

interface ProductCardProps {
  product: Product;
  onAddToCart: (id: string) => void;
  compact?: boolean;
}

export function ProductCard({ product, onAddToCart, compact = false }: ProductCardProps) {
  return (
    <article className={compact ? 'card card--compact' : 'card'}>
      <img src={product.imageUrl} alt={product.name} loading="lazy" />
      <h3>{product.name}</h3>
      {/* price, <Rating />, and the add-to-cart button go here */}
    </article>
  );
}
