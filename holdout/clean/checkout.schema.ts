import { z } from "zod";

export const AddressSchema = z.object({
  line1: z.string().min(1),
  line2: z.string().optional(),
  city: z.string().min(1),
  postalCode: z.string().regex(/^[A-Z0-9 -]{3,10}$/i),
  country: z.string().length(2),
});

export const LineItemSchema = z.object({
  sku: z.string(),
  quantity: z.number().int().positive(),
  unitPriceCents: z.number().int().nonnegative(),
});

export const CheckoutSchema = z
  .object({
    email: z.string().email(),
    shipping: AddressSchema,
    billing: AddressSchema.optional(),
    items: z.array(LineItemSchema).nonempty(),
    coupon: z.string().trim().toUpperCase().optional(),
  })
  .refine((c) => c.items.length <= 50, { message: "Too many items", path: ["items"] });

export type Checkout = z.infer<typeof CheckoutSchema>;
export type LineItem = z.infer<typeof LineItemSchema>;

export const SHIPPING_RATES = {
  standard: { cents: 499, days: 5 },
  express: { cents: 1299, days: 2 },
  overnight: { cents: 2999, days: 1 },
} satisfies Record<string, { cents: number; days: number }>;

export type ShippingMethod = keyof typeof SHIPPING_RATES;

export function totalCents(items: readonly LineItem[], method: ShippingMethod): number {
  const subtotal = items.reduce((sum, i) => sum + i.quantity * i.unitPriceCents, 0);
  return subtotal + SHIPPING_RATES[method].cents;
}
