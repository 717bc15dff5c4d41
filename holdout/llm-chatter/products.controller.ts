First, add the DTO for creating a product:

import { IsInt, IsPositive, IsString, MaxLength } from "class-validator";

export class CreateProductDto {
  @IsString()
  @MaxLength(120)
  name!: string;

  @IsInt()
  @IsPositive()
  priceCents!: number;
}

Now, update the controller to use it:

import { Body, Controller, Get, Param, Post } from "@nestjs/common";
import { ProductsService } from "./products.service";

@Controller("products")
export class ProductsController {
  constructor(private readonly products: ProductsService) {}

  @Get(":id")
  findOne(@Param("id") id: string) {
    return this.products.findOne(id);
  }

  @Post()
  create(@Body() dto: CreateProductDto) {
    return this.products.create(dto);
  }
}

That's it! The `ValidationPipe` will now reject requests with a missing or invalid `priceCents`.
