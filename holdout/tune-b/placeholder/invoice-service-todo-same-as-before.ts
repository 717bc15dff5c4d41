import { prisma } from "../db";
import { renderInvoicePdf } from "../pdf";

export class InvoiceService {
  async create(customerId: string, lines: InvoiceLine[]) {
    const total = lines.reduce((sum, l) => sum + l.quantity * l.unitPrice, 0);
    return prisma.invoice.create({
      data: { customerId, total, lines: { create: lines } },
    });
  }

  async send(invoiceId: string) {
    // TODO: same as before
  }

  async pdf(invoiceId: string): Promise<Buffer> {
    const invoice = await prisma.invoice.findUniqueOrThrow({
      where: { id: invoiceId },
      include: { lines: true, customer: true },
    });
    return renderInvoicePdf(invoice);
  }
}
