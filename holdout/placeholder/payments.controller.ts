import { Body, Controller, HttpCode, Param, Post, UseGuards } from "@nestjs/common";
import { AuthGuard } from "@nestjs/passport";
import { PaymentsService } from "./payments.service";
import { CreatePaymentDto } from "./dto/create-payment.dto";
import { RefundDto } from "./dto/refund.dto";
import type { Payment } from "./payment.entity";

@Controller("payments")
@UseGuards(AuthGuard("jwt"))
export class PaymentsController {
  constructor(private readonly payments: PaymentsService) {}

  @Post()
  async create(@Body() dto: CreatePaymentDto): Promise<Payment> {
    const intent = await this.payments.createIntent(dto.amountCents, dto.currency);
    return this.payments.record({ ...dto, providerId: intent.id, status: "pending" });
  }

  @Post(":id/capture")
  @HttpCode(200)
  async capture(@Param("id") id: string): Promise<Payment> {
    // TODO: implement
  }

  @Post(":id/refund")
  @HttpCode(200)
  async refund(@Param("id") id: string, @Body() dto: RefundDto): Promise<Payment> {
    // TODO: implement refund logic (same as before)
  }
}
