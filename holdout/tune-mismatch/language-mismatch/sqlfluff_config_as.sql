[sqlfluff]
dialect = postgres
templater = jinja
max_line_length = 120
exclude_rules = ambiguous.column_count, structure.column_order

[sqlfluff:indentation]
indented_joins = False
indented_using_on = True
tab_space_size = 4

[sqlfluff:rules:capitalisation.keywords]
capitalisation_policy = upper

[sqlfluff:rules:capitalisation.identifiers]
extended_capitalisation_policy = lower

[sqlfluff:templater:jinja:context]
schema = analytics
