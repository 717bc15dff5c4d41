import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('orders', (table) => {
    table.index(['status', 'created_at'], 'idx_orders_status_created_at');
  });

  await knex('orders').whereNull('status').update({ status: 'pending' });
}

export async function down(_knex: Knex): Promise<void> {
  // Irreversible by design: the backfilled NULL statuses cannot be told apart
  // from real 'pending' rows afterwards, so down() deliberately does nothing.
  // The index alone is harmless to keep.
}
