import { Injectable } from "./di";
import type { Order, OrderStatus } from "./types";
import { OrderRepository } from "./order-repository";

@Injectable()
export class OrderService {
  constructor(private readonly repo: OrderRepository) {}

  async findById(id: string): Promise<Order | undefined> {
    return this.repo.get(id);
  }

  async updateStatus(id: string, status: OrderStatus): Promise<Order> {
    const order = await this.repo.get(id);
    if (!order) {
      throw new Error(`order ${id} not found`);
    }
    order.status = status;
    order.updatedAt = new Date();
    await this.repo.save(order);
    return order;
  }

  /* ... */
}
