import { Injectable } from "@nestjs/common";
import { InjectRepository } from "@nestjs/typeorm";
import { Repository } from "typeorm";
import { Order } from "./order.entity";

@Injectable()
export class OrderService {
  constructor(
    @InjectRepository(Order)
    private readonly orders: Repository<Order>,
  ) {}

  /* existing methods */

  async cancel(id: number): Promise<Order> {
    const order = await this.orders.findOneByOrFail({ id });
    order.status = "cancelled";
    order.cancelledAt = new Date();
    return this.orders.save(order);
  }
}
