/**
 * @param { import("knex").Knex } knex
 * @returns { Promise<void> }
 */
exports.up = async function (knex) {
  await knex.schema.createTable("projects", (table) => {
    table.increments("id").primary();
    table.string("name", 120).notNullable();
    table.text("description");
    table.integer("owner_id").unsigned().notNullable()
      .references("id").inTable("users").onDelete("CASCADE");
    table.enu("visibility", ["private", "internal", "public"]).defaultTo("private");
    table.timestamps(true, true);
    table.unique(["owner_id", "name"]);
  });
};

/**
 * @param { import("knex").Knex } knex
 * @returns { Promise<void> }
 */
exports.down = async function (knex) {
  await knex.schema.dropTableIfExists("projects");
};
