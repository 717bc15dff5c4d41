import { Injectable, BadRequestException } from "@nestjs/common";
import { InjectRepository } from "@nestjs/typeorm";
import type { Repository } from "typeorm";
import { Cart } from "./cart.entity";
import { CartItem } from "./cart-item.entity";
import { ProductsService } from "../products/products.service";

@Injectable()
export class CartService {
  constructor(
    @InjectRepository(Cart) private readonly carts: Repository<Cart>,
    @InjectRepository(CartItem) private readonly items: Repository<CartItem>,
    private readonly products: ProductsService,
  ) {}

  async getOrCreate(userId: string): Promise<Cart> {
    // ... existing code ...
  }

  async addItem(userId: string, productId: string, quantity: number): Promise<Cart> {
    if (quantity <= 0) {
      throw new BadRequestException("Quantity must be positive");
    }
    const cart = await this.getOrCreate(userId);
    const product = await this.products.findOne(productId);
    if (product.stock < quantity) {
      throw new BadRequestException(`Only ${product.stock} left in stock`);
    }
    const existing = cart.items.find((i) => i.productId === productId);
    if (existing) {
      existing.quantity += quantity;
      await this.items.save(existing);
    } else {
      await this.items.save(this.items.create({ cart, productId, quantity, unitPrice: product.price }));
    }
    return this.getOrCreate(userId);
  }

  // ... existing code ...
}
