import { z } from 'zod';

export const Address = z.object({
  line1: z.string().min(1),
  line2: z.string().optional(),
  city: z.string(),
  postcode: z.string().regex(/^[A-Z0-9 ]{3,10}$/i),
  country: z.string().length(2),
});

export const Customer = z.object({
  id: z.string().uuid(),
  email: z.string().email(),
  name: z.string().min(1).max(120),
  addresses: z.array(Address).default([]),
  marketingOptIn: z.boolean().default(false),
});

export type Customer = z.infer<typeof Customer>;
export type Address = z.infer<typeof Address>;

export const CustomerPatch = Customer.partial().omit({ id: true });
