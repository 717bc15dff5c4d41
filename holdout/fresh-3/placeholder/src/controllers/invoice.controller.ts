import { Body, Controller, Get, NotFoundException, Param, ParseUUIDPipe, Post, Query, UseGuards } from '@nestjs/common';
import { AuthGuard } from '../auth/auth.guard';
import { CreateInvoiceDto } from './dto/create-invoice.dto';
import { ListInvoicesQuery } from './dto/list-invoices.query';
import { Invoice } from './invoice.entity';
import { InvoiceService } from './invoice.service';

@Controller('invoices')
@UseGuards(AuthGuard)
export class InvoiceController {
  constructor(private readonly invoices: InvoiceService) {}

  @Get()
  list(@Query() query: ListInvoicesQuery) {
    return this.invoices.list(query);
  }

  @Get(':id')
  async findOne(@Param('id', ParseUUIDPipe) id: string): Promise<Invoice> {
    // ...existing implementation
  }

  @Post()
  create(@Body() dto: CreateInvoiceDto): Promise<Invoice> {
    return this.invoices.create(dto);
  }

  @Post(':id/send')
  async send(@Param('id', ParseUUIDPipe) id: string): Promise<{ queued: boolean }> {
    const invoice = await this.findOne(id);
    await this.invoices.queueEmail(invoice);
    return { queued: true };
  }
}
