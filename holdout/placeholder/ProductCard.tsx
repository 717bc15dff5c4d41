import { memo } from "react";
import { formatPrice } from "@/lib/format";
import { AddToCartButton } from "./AddToCartButton";
import type { Product } from "@/types";

interface ProductCardProps {
  product: Product;
  onQuickView?: (id: string) => void;
}

function ProductCardImpl({ product, onQuickView }: ProductCardProps) {
  const discounted = product.compareAtPrice && product.compareAtPrice > product.price;

  return (
    <article className="product-card">
      <img src={product.imageUrl} alt={product.name} loading="lazy" />
      <div className="product-card__body">
        <h3>{product.name}</h3>
        {/* ... */}
        <p className="product-card__price">
          {formatPrice(product.price)}
          {discounted && <s>{formatPrice(product.compareAtPrice!)}</s>}
        </p>
        {/* ... */}
      </div>
      <footer>
        <AddToCartButton productId={product.id} disabled={product.stock === 0} />
        {onQuickView && (
          <button type="button" onClick={() => onQuickView(product.id)}>
            Quick view
          </button>
        )}
      </footer>
    </article>
  );
}

export const ProductCard = memo(ProductCardImpl);
