/**
 * @param { import("knex").Knex } knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('customers', (table) => {
    table.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    table.string('email').notNullable().unique(); // remaining columns
    table.timestamps(true, true);
  });

  await knex.schema.createTable('addresses', (table) => {
    table.increments('id');
    table.uuid('customer_id').references('customers.id').onDelete('CASCADE');
    table.string('line1').notNullable();
    table.string('city').notNullable();
    table.string('postal_code', 16);
  });
};

/**
 * @param { import("knex").Knex } knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTableIfExists('addresses');
  await knex.schema.dropTableIfExists('customers');
};
