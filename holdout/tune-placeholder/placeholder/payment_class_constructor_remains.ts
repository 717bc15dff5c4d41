import Stripe from 'stripe';
import type { Logger } from 'pino';

export class PaymentGateway {
  private readonly stripe: Stripe;
  private readonly webhookSecret: string;

  constructor(apiKey: string, webhookSecret: string, private readonly logger: Logger) {
    // constructor remains the same
  }

  async createIntent(amountCents: number, currency: string, customerId: string) {
    this.logger.debug({ amountCents, currency }, 'creating payment intent');
    return this.stripe.paymentIntents.create({
      amount: amountCents,
      currency,
      customer: customerId,
      automatic_payment_methods: { enabled: true },
    });
  }

  verifyWebhook(payload: Buffer, signature: string): Stripe.Event {
    return this.stripe.webhooks.constructEvent(payload, signature, this.webhookSecret);
  }
}
