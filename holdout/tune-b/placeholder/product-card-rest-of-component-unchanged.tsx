import { useState } from "react";
import type { Product } from "../types";

interface ProductCardProps {
  product: Product;
  onAddToCart: (id: string, quantity: number) => void;
}

export function ProductCard({ product, onAddToCart }: ProductCardProps) {
  const [quantity, setQuantity] = useState(1);

  const handleAdd = () => {
    if (quantity < 1) return;
    onAddToCart(product.id, quantity);
    setQuantity(1);
  };

  // rest of the component unchanged

  return (
    <div className="product-card">
      <h3>{product.name}</h3>
      <button onClick={handleAdd}>Add to cart</button>
    </div>
  );
}
