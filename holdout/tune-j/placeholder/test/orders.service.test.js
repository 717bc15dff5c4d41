import { jest } from '@jest/globals';
import { OrderService } from '../src/services/order.service.js';
import { OrderNotFoundError } from '../src/errors.js';

describe('OrderService', () => {
  let repo;
  let service;

  beforeEach(() => {
    // same mocked repository setup as in payment.service.test.js
  });

  describe('getById', () => {
    it('returns the order when it exists', async () => {
      repo.findById.mockResolvedValue({ id: 'o1', status: 'paid' });
      await expect(service.getById('o1')).resolves.toEqual({ id: 'o1', status: 'paid' });
    });

    it('throws OrderNotFoundError for unknown ids', async () => {
      repo.findById.mockResolvedValue(null);
      await expect(service.getById('nope')).rejects.toBeInstanceOf(OrderNotFoundError);
    });
  });

  // [remaining test cases for cancel() and refund()]
});
