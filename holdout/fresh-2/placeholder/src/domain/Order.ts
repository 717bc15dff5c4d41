export type OrderStatus = 'draft' | 'placed' | 'paid' | 'shipped' | 'cancelled';

export interface OrderLine {
  sku: string;
  quantity: number;
  unitPrice: number;
}

export class Order {
  private lines: OrderLine[] = [];
  private status: OrderStatus = 'draft';

  constructor(
    public readonly id: string,
    public readonly customerId: string,
    private readonly taxRate = 0.2,
  ) {}

  addLine(line: OrderLine): void {
    if (this.status !== 'draft') throw new Error('order is locked');
    const existing = this.lines.find((l) => l.sku === line.sku);
    if (existing) existing.quantity += line.quantity;
    else this.lines.push({ ...line });
  }

  place(): void {
    if (this.lines.length === 0) throw new Error('cannot place an empty order');
    this.status = 'placed';
  }

  get total(): number {
    return Math.round((this.subtotal + this.tax) * 100) / 100;
  }

  /* subtotal + tax getters and toJSON(): as in the previous answer */
}
