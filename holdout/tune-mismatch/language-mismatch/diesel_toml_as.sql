# For documentation on how to configure this file,
# see https://diesel.rs/guides/configuring-diesel-cli

[print_schema]
file = "src/schema.rs"
custom_type_derives = ["diesel::query_builder::QueryId", "Clone"]
with_docs = true
filter = { except_tables = ["__diesel_schema_migrations"] }

[migrations_directory]
dir = "migrations"
