import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
} from "typeorm";
import { Customer } from "./Customer";
import { OrderLine } from "./OrderLine";

export enum OrderStatus {
  Pending = "pending",
  Paid = "paid",
  Refunded = "refunded",
}

@Entity({ name: "orders" })
@Index(["customer", "createdAt"])
export class Order {
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @ManyToOne(() => Customer, (c) => c.orders, { onDelete: "CASCADE" })
  customer!: Customer;

  @OneToMany(() => OrderLine, (l) => l.order, { cascade: true })
  lines!: OrderLine[];

  @Column({ type: "enum", enum: OrderStatus, default: OrderStatus.Pending })
  status!: OrderStatus;

  @Column("int")
  totalCents!: number;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;
}
