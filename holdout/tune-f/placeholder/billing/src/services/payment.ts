import Stripe from 'stripe';
import { db } from '../db';
import { logger } from '../logger';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? '', { apiVersion: '2023-10-16' });

export interface CaptureResult {
  paymentId: string;
  status: 'succeeded' | 'requires_action' | 'failed';
}

export async function createIntent(orderId: string, amountCents: number): Promise<string> {
  const intent = await stripe.paymentIntents.create({
    amount: amountCents,
    currency: 'eur',
    metadata: { orderId },
  });
  await db.payment.create({ data: { orderId, intentId: intent.id, status: 'pending' } });
  return intent.client_secret ?? '';
}

export async function capture(intentId: string): Promise<CaptureResult> {
  logger.info({ intentId }, 'capturing payment');
    <existing code>
  await db.payment.update({ where: { intentId }, data: { status: result.status } });
  return result;
}
