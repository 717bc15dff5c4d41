import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  NotFoundException,
  Param,
  ParseIntPipe,
  Post,
  UseGuards,
} from "@nestjs/common";
import { AuthGuard } from "../auth/auth.guard";
import { CreateOrderDto } from "./dto/create-order.dto";
import { Order } from "./order.entity";
import { OrdersService } from "./orders.service";

@Controller("orders")
@UseGuards(AuthGuard)
export class OrdersController {
  public constructor(private readonly ordersService: OrdersService) {}

  @Get(":id")
  public async findOne(@Param("id", ParseIntPipe) id: number): Promise<Order> {
    const order = await this.ordersService.findById(id);
    if (order === null) {
      throw new NotFoundException(`Order ${id} not found`);
    }
    return order;
  }

  @Post()
  @HttpCode(HttpStatus.CREATED)
  public async create(@Body() dto: CreateOrderDto): Promise<Order> {
    return this.ordersService.create(dto);
  }

  protected static toCents(amount: number): number {
    return Math.round(amount * 100);
  }
}
