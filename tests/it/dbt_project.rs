//! A SQL file of a dbt project (a `dbt_project.yml` upward of it) is
//! checked in the dialect of the project's profile and rendered with the
//! project's own macros; the macro files themselves are judged as templates
//! only. The real binary, in temporary directories.

use std::process::Output;

use crate::common::{describe, text, Sandbox};

fn check(sb: &Sandbox, file: &str) -> Output {
    sb.gencheck(&sb.path("shop"), &["check", file])
        .env("HOME", &sb.top)
        .env_remove("DBT_PROFILES_DIR")
        .output()
        .expect("gencheck runs")
}

fn project(sb: &Sandbox, profiles: Option<&str>) {
    sb.write(
        "shop/dbt_project.yml",
        "name: shop\nversion: '1.0'\nprofile: shop\nmacro-paths: [\"macros\"]\n",
    );
    if let Some(p) = profiles {
        sb.write("shop/profiles.yml", p);
    }
    // One macro renders a broken column list, one a good one; one file's
    // top-level text (outside any macro) is never run by dbt.
    sb.write(
        "shop/macros/columns.sql",
        "{% macro broken_columns() %}\n    id,, amount\n{% endmacro %}\n\n{% macro good_columns(prefix) %}\n    {{ prefix }}id, {{ prefix }}amount\n{% endmacro %}\n",
    );
    sb.write(
        "shop/macros/helpers.sql",
        "{#- NUMERIC -#}%}\n{% macro cents(c) %}({{ c }} / 100){% endmacro %}\n",
    );
}

/// A model whose column list comes from the project's broken macro.
const ORDERS: &str = "select\n    {{ broken_columns() }}\nfrom {{ ref('stg_orders') }}\n";

const SNOWFLAKE: &str = "shop:\n  target: prod\n  outputs:\n    dev:\n      type: duckdb\n    prod:\n      type: snowflake\n      account: x\n";

#[test]
fn models_render_with_the_projects_macros_in_the_profiles_dialect() {
    let sb = Sandbox::new();
    project(&sb, Some(SNOWFLAKE));
    sb.write("shop/models/orders.sql", ORDERS);
    sb.write(
        "shop/models/payments.sql",
        "select {{ good_columns('p.') }}, {{ cents('p.amount') }} as dollars\nfrom {{ ref('stg_payments') }} as p\n",
    );
    let out = check(&sb, "models/orders.sql");
    assert_eq!(out.status.code(), Some(1), "{}", describe(&out));
    let stdout = text(&out.stdout);
    // The macro's broken list is the project's own code: an error at the tag
    // that called it, judged as Snowflake (the profile's target `prod`).
    assert!(stdout.contains("syntax-error"), "{stdout}");
    assert!(stdout.contains("orders.sql:2:5"), "{stdout}");
    assert!(stdout.contains("(snowflake)"), "{stdout}");
    assert!(stdout.contains("rendered from this tag"), "{stdout}");
    let out = check(&sb, "models/payments.sql");
    assert_eq!(out.status.code(), Some(0), "{}", describe(&out));
    assert!(
        !text(&out.stdout).contains("unverified"),
        "{}",
        describe(&out)
    );
    // The macro files: their top-level text is not SQL anyone runs.
    let out = check(&sb, "macros/helpers.sql");
    assert_eq!(out.status.code(), Some(0), "{}", describe(&out));
    let out = check(&sb, "macros/columns.sql");
    assert_eq!(out.status.code(), Some(0), "{}", describe(&out));
}

#[test]
fn without_the_project_a_macro_is_a_stand_in_and_never_rejects() {
    let sb = Sandbox::new();
    project(&sb, None);
    sb.write("shop/models/orders.sql", ORDERS);
    // Outside the project (a copy elsewhere), the macro is unknown.
    sb.write("elsewhere/orders.sql", ORDERS);
    let out = check(&sb, "../elsewhere/orders.sql");
    assert_eq!(out.status.code(), Some(0), "{}", describe(&out));
    // In the project but with no profile found: generic, the macro known.
    let out = check(&sb, "models/orders.sql");
    assert_eq!(out.status.code(), Some(1), "{}", describe(&out));
    assert!(
        !text(&out.stdout).contains("(snowflake)"),
        "{}",
        describe(&out)
    );
    // A broken template in a macro file is still an error.
    sb.write(
        "shop/macros/unclosed.sql",
        "{% macro m() %}\n  {% if x %} a\n{% endmacro %}\n",
    );
    let out = check(&sb, "macros/unclosed.sql");
    assert_eq!(out.status.code(), Some(1), "{}", describe(&out));
    assert!(
        text(&out.stdout).contains("syntax-error"),
        "{}",
        describe(&out)
    );
}

#[test]
fn a_dialect_given_wins_over_the_profile() {
    let sb = Sandbox::new();
    project(&sb, Some(SNOWFLAKE));
    sb.write("shop/models/orders.sql", ORDERS);
    let out = sb
        .gencheck(
            &sb.path("shop"),
            &["check", "--dialect", "postgres", "models/orders.sql"],
        )
        .env("HOME", &sb.top)
        .output()
        .expect("gencheck runs");
    assert_eq!(out.status.code(), Some(1), "{}", describe(&out));
    let stdout = text(&out.stdout);
    assert!(stdout.contains("(postgres)"), "{stdout}");
    assert!(!stdout.contains("(snowflake)"), "{stdout}");
}
