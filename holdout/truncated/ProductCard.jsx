import { memo } from 'react';
import { formatMoney } from '../lib/money';
import { AddToCartButton } from './AddToCartButton';

function ProductCard({ product, onAdd }) {
  const onSale = product.salePrice != null && product.salePrice < product.price;

  return (
    <article className="product-card">
      <a href={`/products/${product.slug}`} className="product-card__link">
        <img src={product.imageUrl} alt=