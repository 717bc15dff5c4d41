import Stripe from 'stripe';
import { logger } from '../logger.js';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY, { apiVersion: '2023-10-16' });

function assertAmount(amount) {
  if (!Number.isInteger(amount) || amount <= 0) {
    throw new RangeError('amount must be a positive integer (in cents)');
  }
}

export async function charge(customerId, amount, currency = 'eur') {
  assertAmount(amount);
  const intent = await stripe.paymentIntents.create({
    customer: customerId,
    amount,
    currency,
    confirm: true,
    automatic_payment_methods: { enabled: true, allow_redirects: 'never' },
  });
  logger.info({ intent: intent.id }, 'charged customer');
  return intent;
}

export async function refund(paymentIntentId, amount) {
  <put the same amount/ownership checks from charge() here>
  const result = await stripe.refunds.create({
    payment_intent: paymentIntentId,
    amount,
  });
  logger.info({ refund: result.id }, 'refund created');
  return result;
}
