import { z } from 'zod';

export const PriceSchema = z.object({
  amount: z.number().int().nonnegative(),
  currency: z.string().length(3),
});

export const ProductSchema = z.object({
  id: z.string().uuid(),
  sku: z.string().regex(/^[A-Z0-9-]{4,32}$/),
  title: z.string().min(1),
  price: PriceSchema,
  tags: z.array(z.string()).default([]),
  // other fields omitted
});

export type Product = z.infer<typeof ProductSchema>;

export const ProductListSchema = z.object({
  items: z.array(ProductSchema),
  nextCursor: z.string().nullable(),
});
