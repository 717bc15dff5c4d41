export interface Discount {
  code: string;
  percentOff?: number;
  amountOffCents?: number;
  minSubtotalCents?: number;
  expiresAt?: Date;
}

export class DiscountEngine {
  constructor(private readonly now: () => Date = () => new Date()) {}

  apply(subtotalCents: number, discount: Discount): number {
    if (discount.expiresAt && discount.expiresAt < this.now()) {
      return subtotalCents;
    }
    if (discount.minSubtotalCents && subtotalCents < discount.minSubtotalCents) {
      return subtotalCents;
    }
    if (discount.percentOff) {
      const off = Math.round((subtotalCents * discount.percentOff) / 100);
      return Math.max(0, subtotalCents - off);
    }
    if (discount.amountOffCents) {
      return Math.max(0, subtotalCents - discount.amountOffCents);
    return subtotalCents;
  }

  validateCode(code: string): boolean {
    return /^[A-Z0-9]{4,16}$/.test(code);
  }

  describe(discount: Discount): string {
    if (discount.percentOff) return `${discount.percentOff}% off`;
    if (discount.amountOffCents) return `$${(discount.amountOffCents / 100).toFixed(2)} off`;
    return "No discount";
  }
}
