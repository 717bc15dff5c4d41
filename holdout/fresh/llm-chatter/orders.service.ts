Here's the updated `OrdersService` with the transaction handling you asked for:

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Order } from './order.entity';
import { Stock } from '../stock/stock.entity';

@Injectable()
export class OrdersService {
  constructor(private readonly dataSource: DataSource) {}

  async place(productId: number, qty: number): Promise<Order> {
    return this.dataSource.transaction(async (manager) => {
      const stock = await manager.findOneByOrFail(Stock, { productId });
      if (stock.available < qty) throw new Error('Insufficient stock');
      stock.available -= qty;
      await manager.save(stock);
      return manager.save(manager.create(Order, { productId, qty }));
    });
  }
}
