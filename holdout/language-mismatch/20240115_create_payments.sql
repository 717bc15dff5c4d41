/**
 * @param { import("knex").Knex } knex
 * @returns { Promise<void> }
 */
exports.up = async function (knex) {
  await knex.schema.createTable('payments', (table) => {
    table.bigIncrements('id').primary();
    table
      .bigInteger('order_id')
      .notNullable()
      .references('id')
      .inTable('orders')
      .onDelete('CASCADE');
    table.decimal('amount', 12, 2).notNullable();
    table.string('currency', 3).notNullable().defaultTo('USD');
    table.enu('status', ['pending', 'succeeded', 'failed']).notNullable();
    table.string('provider_ref').unique();
    table.timestamps(true, true);
  });

  await knex.schema.alterTable('payments', (table) => {
    table.index(['order_id', 'status']);
  });
};

/**
 * @param { import("knex").Knex } knex
 * @returns { Promise<void> }
 */
exports.down = async function (knex) {
  await knex.schema.dropTableIfExists('payments');
};
