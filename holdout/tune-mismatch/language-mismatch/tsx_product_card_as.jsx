import React, { useState } from "react";

interface Product {
  id: string;
  name: string;
  priceCents: number;
  imageUrl?: string;
}

type ProductCardProps = {
  product: Product;
  onAddToCart: (id: string, qty: number) => void;
};

export const ProductCard: React.FC<ProductCardProps> = ({ product, onAddToCart }) => {
  const [qty, setQty] = useState<number>(1);
  const price = (product.priceCents / 100).toFixed(2);

  return (
    <div className="rounded-lg border p-4 shadow-sm">
      {product.imageUrl && <img src={product.imageUrl} alt={product.name} className="mb-2" />}
      <h3 className="text-lg font-semibold">{product.name}</h3>
      <p className="text-gray-600">${price}</p>
      <input
        type="number"
        min={1}
        value={qty}
        onChange={(e: React.ChangeEvent<HTMLInputElement>) => setQty(Number(e.target.value))}
      />
      <button onClick={() => onAddToCart(product.id, qty)}>Add to cart</button>
    </div>
  );
};
