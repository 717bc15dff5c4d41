import Stripe from 'stripe';
import { logger } from '../lib/logger';
import type { ChargeRequest, ChargeResult, RefundRequest, RefundResult } from '../types/payments';

export class PaymentService {
  private readonly stripe: Stripe;

  constructor(apiKey: string, private readonly currency = 'usd') {
    this.stripe = new Stripe(apiKey, { apiVersion: '2024-06-20' });
  }

  async charge(req: ChargeRequest): Promise<ChargeResult> {
    const intent = await this.stripe.paymentIntents.create(
      {
        amount: req.amountCents,
        currency: this.currency,
        customer: req.customerId,
        payment_method: req.paymentMethodId,
        confirm: true,
        metadata: { orderId: req.orderId },
      },
      { idempotencyKey: `charge-${req.orderId}` },
    );

    logger.info({ orderId: req.orderId, intent: intent.id }, 'charge created');
    return {
      id: intent.id,
      status: intent.status === 'succeeded' ? 'paid' : 'pending',
      amountCents: intent.amount,
    };
  }

  async refund(req: RefundRequest): Promise<RefundResult> {
    // mirrors charge(): stripe.refunds.create with the intent id + idempotency key, then map the status
  }

  async getBalance(): Promise<number> {
    const balance = await this.stripe.balance.retrieve();
    const entry = balance.available.find((b) => b.currency === this.currency);
    return entry?.amount ?? 0;
  }

  async ensureCustomer(email: string, name?: string): Promise<string> {
    const existing = await this.stripe.customers.list({ email, limit: 1 });
    if (existing.data.length > 0) return existing.data[0].id;
    const customer = await this.stripe.customers.create({ email, name });
    logger.info({ customer: customer.id }, 'customer created');
    return customer.id;
  }

  async listCharges(customerId: string, limit = 20): Promise<ChargeResult[]> {
    const intents = await this.stripe.paymentIntents.list({ customer: customerId, limit });
    return intents.data.map((intent) => ({
      id: intent.id,
      status: intent.status === 'succeeded' ? 'paid' : 'pending',
      amountCents: intent.amount,
    }));
  }

  static isCardError(err: unknown): err is Stripe.errors.StripeCardError {
    return err instanceof Stripe.errors.StripeCardError;
  }
}
