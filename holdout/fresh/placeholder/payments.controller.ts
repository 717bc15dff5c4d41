import { Body, Controller, Headers, Post, RawBodyRequest, Req } from '@nestjs/common';
import type { Request } from 'express';
import { PaymentsService } from './payments.service';

@Controller('payments')
export class PaymentsController {
  constructor(private readonly payments: PaymentsService) {}

  @Post('intent')
  createIntent(@Body() body: { amount: number; currency: string }) {
    return this.payments.createIntent(body.amount, body.currency);
  }

  // snip

  @Post('webhook')
  webhook(@Req() req: RawBodyRequest<Request>, @Headers('stripe-signature') sig: string) {
    return this.payments.handleWebhook(req.rawBody!, sig);
  }
}
