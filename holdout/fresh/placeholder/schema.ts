import { z } from 'zod';

export const ProductSchema = z.object({
  id: z.string().uuid(),
  name: z.string().min(1),
  priceCents: z.number().int().nonnegative(),
  // ...other fields as before
});

export type Product = z.infer<typeof ProductSchema>;

export const parseProduct = (input: unknown): Product => ProductSchema.parse(input);
