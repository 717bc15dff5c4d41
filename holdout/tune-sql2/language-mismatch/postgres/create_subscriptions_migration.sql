/**
 * @param { import("knex").Knex } knex
 */
exports.up = async function (knex) {
  await knex.schema.createTable("subscriptions", (t) => {
    t.bigIncrements("id").primary();
    t.bigInteger("account_id").notNullable().references("id").inTable("accounts").onDelete("CASCADE");
    t.string("plan_code", 32).notNullable();
    t.integer("seats").notNullable().defaultTo(1);
    t.enu("status", ["trialing", "active", "past_due", "canceled"], {
      useNative: true,
      enumName: "subscription_status",
    }).notNullable().defaultTo("trialing");
    t.timestamp("current_period_end", { useTz: true });
    t.jsonb("metadata").notNullable().defaultTo("{}");
    t.timestamps(true, true);
    t.index(["account_id", "status"]);
  });
};

/**
 * @param { import("knex").Knex } knex
 */
exports.down = async function (knex) {
  await knex.schema.dropTableIfExists("subscriptions");
  await knex.raw("DROP TYPE IF EXISTS subscription_status");
};
