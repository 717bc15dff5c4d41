import { z } from "zod";

export const addressSchema = z.object({
  line1: z.string().min(1),
  line2: z.string().optional(),
  city: z.string().min(1),
  postcode: z.string().regex(/^[A-Z0-9 ]{3,10}$/i),
  country: z.string().length(2),
});

export const customerSchema = z.object({
  id: z.string().uuid(),
  name: z.string().min(1).max(120),
  email: z.string().email(),
  phone: z.string().optional(),
  marketingOptIn: z.boolean().default(false),
  billingAddress: addressSchema,
  shippingAddress: addressSchema.optional(),
  createdAt: z.coerce.date(),
});

export type Customer = z.infer<typeof customerSchema>;
export type Address = z.infer<typeof addressSchema>;
