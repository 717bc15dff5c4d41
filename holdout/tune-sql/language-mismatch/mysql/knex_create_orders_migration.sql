import { Knex } from "knex";

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable("orders", (table) => {
    table.increments("id").primary();
    table.integer("customer_id").unsigned().notNullable()
      .references("id").inTable("customers").onDelete("CASCADE");
    table.decimal("total", 12, 2).notNullable();
    table.enu("status", ["pending", "paid", "shipped"]).defaultTo("pending");
    table.timestamps(true, true);
  });

  await knex.schema.alterTable("customers", (table) => {
    table.integer("order_count").unsigned().defaultTo(0);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable("customers", (table) => {
    table.dropColumn("order_count");
  });
  await knex.schema.dropTableIfExists("orders");
}
