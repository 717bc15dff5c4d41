import { z } from "zod";

export const addressSchema = z.object({
  line1: z.string().min(1).max(120),
  city: z.string().min(1).max(80),
  postcode: z.string().regex(/^[A-Z0-9 -]{3,10}$/i),
  country: z.string().length(2),
});

export const profileSchema = z.object({
  displayName: z.string().min(2).max(50),
  email: z.string().email(),
  // ... same for the remaining fields
  address: addressSchema.optional(),
});

export type Profile = z.infer<typeof profileSchema>;
