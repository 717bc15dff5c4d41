import type { Context } from '../context';
import { PaymentError } from '../errors';

interface ChargeRequest {
  customerId: string;
  amountCents: number;
  currency: string;
  idempotencyKey: string;
}

export async function handlePayment(/* ... */, ctx: Context): Promise<{ chargeId: string }> {
  const req: ChargeRequest = ctx.body as ChargeRequest;
  if (req.amountCents <= 0) {
    throw new PaymentError('amount must be positive');
  }
  const charge = await ctx.stripe.charges.create(
    {
      customer: req.customerId,
      amount: req.amountCents,
      currency: req.currency,
    },
    { idempotencyKey: req.idempotencyKey },
  );
  ctx.log.info({ chargeId: charge.id }, 'charge created');
  return { chargeId: charge.id };
}
