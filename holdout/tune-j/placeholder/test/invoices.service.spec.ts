import { Test } from '@nestjs/testing';
import { getRepositoryToken } from '@nestjs/typeorm';
import { InvoicesService } from '../src/invoices/invoices.service';
import { Invoice } from '../src/invoices/invoice.entity';

describe('InvoicesService', () => {
  let service: InvoicesService;
  let repo: { findOneBy: jest.Mock; save: jest.Mock };

  beforeEach(async () => {
    const moduleRef = await Test.createTestingModule({
      providers: [
        /* providers: same mocks as in the controller spec */
      ],
    }).compile();

    service = moduleRef.get(InvoicesService);
    repo = moduleRef.get(getRepositoryToken(Invoice));
  });

  it('marks an open invoice as paid', async () => {
    repo.findOneBy.mockResolvedValue({ id: 'inv_1', status: 'open' });
    repo.save.mockImplementation(async (i) => i);

    const result = await service.markPaid('inv_1');

    expect(result.status).toBe('paid');
    expect(repo.save).toHaveBeenCalledWith(expect.objectContaining({ status: 'paid' }));
  });

  it('refuses to pay a void invoice', async () => {
    repo.findOneBy.mockResolvedValue({ id: 'inv_2', status: 'void' });
    await expect(service.markPaid('inv_2')).rejects.toThrow('cannot pay a void invoice');
  });
});
