import { Injectable } from "@nestjs/common";
import { InjectRepository } from "@nestjs/typeorm";
import { Repository } from "typeorm";
import { Invoice } from "./invoice.entity";

@Injectable()
export class BillingService {
  constructor(
    @InjectRepository(Invoice)
    private readonly invoices: Repository<Invoice>,
  ) {}

  async findOpen(customerId: string): Promise<Invoice[]> {
    return this.invoices.find({
      where: { customerId, status: "open" },
      order: { dueDate: "ASC" },
    });
  }

  // ... existing methods

  async markPaid(id: string, paidAt = new Date()): Promise<void> {
    await this.invoices.update(id, { status: "paid", paidAt });
  }
}
