import Image from 'next/image';

export interface Product {
  id: string;
  name: string;
  price: number;
  imageUrl: string;
}

export default function ProductCard({ product, onAdd }: { product: Product; onAdd: (id: string) => void }) {
  return (
    <article className="product-card">
      <Image src={product.imageUrl} alt={product.name} width={320} height={240} />
      <h3>{product.name}</h3>
      <p>${product.price.toFixed(2)}</p>
      <button onClick={() => onAdd(product.id)}>Add to cart</button>
    </article>
  );
}

In this version I replaced the `<img>` tag with Next.js's `Image` component for automatic optimization. You'll also need to add the image domain to `next.config.js`.
