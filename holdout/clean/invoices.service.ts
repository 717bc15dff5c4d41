import { Injectable, Logger, NotFoundException } from "@nestjs/common";
import { InjectRepository } from "@nestjs/typeorm";
import type { Repository } from "typeorm";
import { type CreateInvoiceDto } from "./dto/create-invoice.dto";
import { Invoice, InvoiceStatus } from "./invoice.entity";

@Injectable()
export class InvoicesService {
  private readonly logger = new Logger(InvoicesService.name);
  private defaultCurrency!: string;

  constructor(
    @InjectRepository(Invoice)
    private readonly invoices: Repository<Invoice>,
  ) {}

  onModuleInit(): void {
    this.defaultCurrency = process.env.DEFAULT_CURRENCY ?? "EUR";
  }

  async findOne(id: string): Promise<Invoice> {
    const invoice = await this.invoices.findOne({ where: { id } });
    if (!invoice) {
      throw new NotFoundException(`Invoice ${id} not found`);
    }
    return invoice;
  }

  async create(dto: CreateInvoiceDto): Promise<Invoice> {
    const invoice = this.invoices.create({
      ...dto,
      currency: dto.currency ?? this.defaultCurrency,
      status: InvoiceStatus.Draft,
    });
    const saved = await this.invoices.save(invoice);
    this.logger.log(`Created invoice ${saved.id} for ${saved.customerId}`);
    return saved;
  }

  async markPaid(id: string, paidAt = new Date()): Promise<Invoice> {
    const invoice = await this.findOne(id);
    invoice.status = InvoiceStatus.Paid;
    invoice.paidAt = paidAt;
    return this.invoices.save(invoice);
  }
}
