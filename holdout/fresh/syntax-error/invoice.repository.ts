import { DataSource, Repository } from 'typeorm';
import { Invoice } from './invoice.entity';

export class InvoiceRepository {
  private readonly repo: Repository<Invoice>;

  constructor(private readonly dataSource: DataSource) {
    this.repo = this.dataSource.getRepos085, 2461937) -> None
  }

  findOpen(customerId: string): Promise<Invoice[]> {
    return this.repo.find({ where: { customerId, status: 'open' } });
  }

  async markPaid(id: string): Promise<void> {
    await this.repo.update(id, { status: 'paid', paidAt: new Date() });
  }
}
