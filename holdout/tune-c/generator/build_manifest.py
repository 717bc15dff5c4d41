#!/usr/bin/env python3
"""Write ../manifest.tsv and enforce the 'partial' property.

The corpus files themselves were written by hand (heredocs); this script only
records their labels. Any file whose note starts with 'partial' has its final
newline stripped so it ends mid-line, the way a cut-off model response does.
It also checks that every file on disk has exactly one manifest row.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# (folder, file, content_language, note)
MM = "language-mismatch"
CL = "clean"
ROWS = [
    # ---------------- .json ----------------
    (MM, "fastapi_app_as.json", "Python (FastAPI)", "full; FastAPI CRUD app"),
    (MM, "pytest_suite_as.json", "Python (pytest)", "full; pytest fixtures + parametrize"),
    (MM, "postgres_migration_as.json", "SQL (PostgreSQL)", "full; migration with enum type, plpgsql trigger, JSONB default '{}'"),
    (MM, "go_handler_as.json", "Go", "full; net/http handler with json struct tags, tab-indented"),
    (MM, "github_workflow_as.json", "YAML (GitHub Actions)", "full; the classic ci.json mistake"),
    (MM, "docker_compose_as.json", "YAML (docker compose)", "short; 11-line compose file"),
    (MM, "cargo_manifest_as.json", "TOML (Cargo.toml)", "full; first char '[' looks like a JSON array opener"),
    (MM, "eslint_config_as.json", "JavaScript (CommonJS eslint config)", "full; // comment then module.exports object; unquoted keys, single quotes, trailing commas"),
    (MM, "graphql_schema_as.json", "GraphQL SDL", "full; schema with types, enum, input"),
    (MM, "protobuf_as.json", "Protocol Buffers (proto3)", "full; messages, enum, service"),
    (MM, "markdown_readme_as.json", "Markdown", "full; README with fenced code and a table"),
    (MM, "csharp_model_as.json", "C#", "full; model class with JsonPropertyName attributes"),
    (MM, "rust_serde_struct_as.json", "Rust", "full; serde structs"),
    (MM, "xml_pom_as.json", "XML (Maven pom.xml)", "full; Spring Boot pom"),
    (MM, "env_file_as.json", "dotenv", "short; 8 lines KEY=value with a # comment"),
    (MM, "mongodb_shell_as.json", "JavaScript (mongosh)", "full; mongo shell script full of JSON-like object literals"),
    (MM, "python_dict_config_as.json", "Python (Django LOGGING dict)", "partial; Python dict literal with False/os.path calls, cut off mid-dict, no final newline"),
    (MM, "sqlite_schema_as.json", "SQL (SQLite)", "short; PRAGMA + table + fts5 virtual table"),
    (MM, "terraform_bucket_as.json", "HCL (Terraform)", "partial; cut off inside a resource block, no final newline"),
    (MM, "html_page_as.json", "HTML", "full; small HTML page"),
    (MM, "kotlin_data_class_as.json", "Kotlin", "broken; missing comma between data-class constructor params"),
    (MM, "elixir_config_as.json", "Elixir (config.exs)", "full; Phoenix dev config"),
    # ---------------- .yml / .yaml ----------------
    (MM, "deploy_script_as.yml", "Shell (bash)", "starts-with-valid-line; shebang and # comment are YAML comments; rest reads as one plain scalar"),
    (MM, "dockerfile_as.yaml", "Dockerfile", "full; multi-stage-free Dockerfile; YAML reads it as a plain scalar"),
    (MM, "analytics_query_as.yml", "SQL (Snowflake)", "full; QUALIFY/COUNT_IF/DATEADD; YAML reads it as a plain scalar"),
    (MM, "release_notes_as.yml", "Markdown/prose", "full; release notes paragraphs without headings; YAML reads it as a plain scalar"),
    (MM, "application_properties_as.yml", "Java properties (Spring)", "full; key=value lines with no ': '; YAML reads them as one plain scalar"),
    (MM, "dotenv_as.yaml", "dotenv", "short; 8 KEY=value lines"),
    (MM, "python_etl_as.yml", "Python", "broken; starts-with-valid-line (shebang); def line missing its colon"),
    (MM, "makefile_as.yml", "Makefile", "starts-with-valid-line; # comment first; tab-indented recipes"),
    (MM, "nginx_site_as.yml", "nginx conf", "full; two server blocks; YAML reads it as a plain scalar"),
    (MM, "terraform_vpc_as.yaml", "HCL (Terraform)", "partial; module + security group cut off mid-ingress block, no final newline"),
    (MM, "ansible_inventory_as.yml", "INI (Ansible inventory)", "starts-with-valid-line; '[webservers]' is a valid YAML flow sequence"),
    (MM, "pyproject_as.yml", "TOML (pyproject)", "starts-with-valid-line; '[build-system]' is a valid YAML flow sequence"),
    (MM, "powershell_setup_as.yml", "PowerShell", "starts-with-valid-line; two # comment lines first"),
    (MM, "github_script_js_as.yml", "JavaScript (actions/github-script)", "full; module.exports async function"),
    (MM, "lua_neovim_config_as.yml", "Lua (Neovim plugin spec)", "full; -- comment header, lazy.nvim spec"),
    (MM, "go_main_as.yml", "Go", "full; tab-indented main package"),
    (MM, "ruby_rakefile_as.yml", "Ruby (Rakefile)", "full; rake tasks"),
    (MM, "rust_cli_as.yaml", "Rust", "partial; clap CLI cut off inside an else branch, no final newline"),
    (MM, "graphql_query_as.yml", "GraphQL query", "short; one query operation"),
    (MM, "php_migration_as.yaml", "PHP (Laravel migration)", "broken; missing semicolon after $table->timestamps()"),
    (MM, "tsql_procedure_as.yml", "SQL (T-SQL)", "full; stored procedure with GO batch separators"),
    (MM, "r_analysis_as.yml", "R", "starts-with-valid-line; # comment first; tidyverse + ggplot"),
    # ---------------- .ts / .tsx ----------------
    (MM, "go_handler_as.ts", "Go", "starts-with-valid-line; // package doc comment first"),
    (MM, "python_lambda_as.ts", "Python (AWS Lambda)", "full; begins with 'import json' which looks TS-ish"),
    (MM, "rust_actix_as.ts", "Rust (actix-web)", "starts-with-valid-line; // src/main.rs comment first"),
    (MM, "java_spring_controller_as.ts", "Java (Spring)", "broken; missing semicolon after findAll()"),
    (MM, "csharp_service_as.ts", "C#", "starts-with-valid-line; // file-name comment first"),
    (MM, "kotlin_viewmodel_as.ts", "Kotlin (Android)", "starts-with-valid-line; // file-name comment first"),
    (MM, "swift_view_as.tsx", "Swift (SwiftUI)", "full; SwiftUI view with #Preview"),
    (MM, "php_controller_as.ts", "PHP (Laravel)", "full; controller class"),
    (MM, "graphql_schema_as.ts", "GraphQL SDL", "short; 'type X {' resembles a TS type alias"),
    (MM, "sql_view_as.ts", "SQL (PostgreSQL)", "short; single CREATE VIEW"),
    (MM, "json_tsconfig_as.ts", "JSON (tsconfig)", "starts-with-valid-line; '{' opens a valid TS block"),
    (MM, "openapi_yaml_as.ts", "YAML (OpenAPI)", "full; OpenAPI 3 document"),
    (MM, "html_template_as.tsx", "HTML + Jinja", "full; email template with {{ }} and {% %}"),
    (MM, "scss_module_as.ts", "SCSS", "full; @use/@import, nesting, media query"),
    (MM, "flutter_widget_as.tsx", "Dart (Flutter)", "full; StatefulWidget"),
    (MM, "cpp_header_as.ts", "C++", "starts-with-valid-line; // file-name comment first; template class"),
    (MM, "protobuf_as.ts", "Protocol Buffers (proto3)", "starts-with-valid-line; 'syntax = \"proto3\";' is a valid TS assignment"),
    (MM, "shell_build_as.ts", "Shell (bash)", "full; build script with shebang"),
    (MM, "elixir_genserver_as.ts", "Elixir", "full; GenServer module"),
    (MM, "ruby_service_as.ts", "Ruby (Rails service)", "full; # comment then class"),
    (MM, "vue_component_as.tsx", "Vue SFC", "full; template + <script setup lang=ts> + style"),
    (MM, "c_ring_buffer_as.ts", "C", "partial; starts-with-valid-line (/* */ comment); cut off inside rb_pop, no final newline"),
    # ---------------- .toml ----------------
    (MM, "django_settings_as.toml", "Python (Django settings)", "full; Django settings module, uppercase NAME = value lines"),
    (MM, "setup_cfg_as.toml", "INI (setup.cfg)", "starts-with-valid-line; '[metadata]' header then unquoted values"),
    (MM, "csproj_as.toml", "XML (.csproj)", "full; SDK-style project file"),
    (MM, "docker_compose_as.toml", "YAML (docker compose)", "starts-with-valid-line; # comment first"),
    (MM, "package_json_as.toml", "JSON (package.json)", "full"),
    (MM, "dockerfile_as.toml", "Dockerfile", "starts-with-valid-line; '# syntax=docker/dockerfile:1' comment first"),
    (MM, "makefile_as.toml", "Makefile", "starts-with-valid-line; # comment first; 'PYTHON ?= python3'"),
    (MM, "nginx_as.toml", "nginx conf", "full; top-level nginx.conf"),
    (MM, "rust_main_as.toml", "Rust", "full; word-frequency program"),
    (MM, "go_mod_as.toml", "go.mod", "short; module/go/require blocks"),
    (MM, "terraform_main_as.toml", "HCL (Terraform)", "starts-with-valid-line; # comment first; HCL 'x = \"y\"' lines look like TOML"),
    (MM, "systemd_unit_as.toml", "INI (systemd unit)", "starts-with-valid-line; '[Unit]' header, Key=unquoted value"),
    (MM, "gitconfig_as.toml", "INI (git config)", "short; starts-with-valid-line ('[user]'); tab-indented; [remote \"origin\"]"),
    (MM, "postgres_conf_as.toml", "postgresql.conf", "starts-with-valid-line; # comment and 'max_connections = 100' are valid TOML; 4GB is not"),
    (MM, "python_script_as.toml", "Python", "starts-with-valid-line; shebang and # comment are TOML comments"),
    (MM, "mysql_dump_as.toml", "SQL (MySQL dump)", "full; mysqldump header, /*!40101 */, backticks, LOCK TABLES"),
    (MM, "github_workflow_as.toml", "YAML (GitHub Actions)", "full; release workflow"),
    (MM, "powershell_as.toml", "PowerShell", "starts-with-valid-line; '#Requires' and # comment are TOML comments; [CmdletBinding()] looks like a table header"),
    (MM, "lua_wezterm_as.toml", "Lua (WezTerm config)", "full; config.x = 'y' lines"),
    (MM, "java_properties_as.toml", "Java properties", "short; starts-with-valid-line ('server.port=8080' is a valid TOML dotted key)"),
    (MM, "env_file_as.toml", "dotenv", "short; starts-with-valid-line (# comment, PORT=3000, SESSION_TTL=86400 valid TOML)"),
    (MM, "elixir_mix_as.toml", "Elixir (mix.exs)", "partial; cut off inside deps list, no final newline"),
    # ---------------- .sh ----------------
    (MM, "dockerfile_as.sh", "Dockerfile", "starts-with-valid-line; # comment first; every line is a syntactically valid shell command"),
    (MM, "makefile_as.sh", "Makefile", "starts-with-valid-line; # comment first; tab recipes; $(shell ...) parses as command substitution"),
    (MM, "cargo_toml_as.sh", "TOML (Cargo.toml)", "full; [table] lines and key = value parse as commands"),
    (MM, "github_workflow_as.sh", "YAML (GitHub Actions)", "full; 'run: |' pipes into the next line"),
    (MM, "application_properties_as.sh", "Java properties (Spring)", "short; starts-with-valid-line (# comment); dotted keys are not shell assignments but still parse"),
    (MM, "python_backup_as.sh", "Python", "starts-with-valid-line; python shebang is a shell comment"),
    (MM, "postgres_migration_as.sh", "SQL (PostgreSQL)", "full; migration file"),
    (MM, "powershell_deploy_as.sh", "PowerShell", "short; starts-with-valid-line (# comment); $var = ... lines"),
    (MM, "node_script_as.sh", "JavaScript (Node)", "starts-with-valid-line; node shebang and // comment"),
    (MM, "ruby_script_as.sh", "Ruby", "starts-with-valid-line; ruby shebang + magic comment"),
    (MM, "batch_file_as.sh", "Windows batch (.bat)", "full; @echo off, REM, %VAR%, for %%f"),
    (MM, "swift_script_as.sh", "Swift", "starts-with-valid-line; swift shebang"),
    (MM, "nginx_conf_as.sh", "nginx conf", "starts-with-valid-line; # path comment; map + server blocks"),
    (MM, "supervisor_ini_as.sh", "INI (supervisord)", "full; [section] and key=value lines parse until %(program_name)s"),
    (MM, "k8s_deployment_as.sh", "YAML (Kubernetes)", "full; Deployment manifest; parses as shell commands"),
    (MM, "c_program_as.sh", "C", "full; #include lines are shell comments"),
    (MM, "markdown_runbook_as.sh", "Markdown", "full; runbook with # headings and fenced bash blocks"),
    (MM, "terraform_as.sh", "HCL (Terraform)", "full; lambda + event rule"),
    (MM, "snowflake_sql_as.sh", "SQL (Snowflake)", "full; stage, pipe, task with MERGE and payload:field::TYPE"),
    (MM, "php_cli_as.sh", "PHP (CLI)", "short; starts-with-valid-line (php shebang)"),
    (MM, "json_config_as.sh", "JSON (renovate.json)", "full"),
    (MM, "lua_script_as.sh", "Lua (Redis script)", "partial; -- comments; cut off mid-expression, no final newline"),
    # ---------------- clean ----------------
    (CL, "vscode_python_snippets.json", "JSON (VS Code snippets)", "bodies are arrays of Python source lines"),
    (CL, "notebook_export.json", "JSON (Jupyter notebook)", "cell sources are Python and Markdown"),
    (CL, "migrations_manifest.json", "JSON", "up/down strings hold PostgreSQL DDL"),
    (CL, "package_scripts.json", "JSON (package.json)", "long shell one-liners in scripts"),
    (CL, "devcontainer.json", "JSON (devcontainer)", "shell in postCreateCommand; strict JSON (no comments)"),
    (CL, "vscode_tasks.json", "JSON (VS Code tasks)", "shell loops and a PowerShell command in strings"),
    (CL, "grafana_panel.json", "JSON (Grafana panel)", "PromQL expr and multi-line SQL rawSql"),
    (CL, "chat_completion_payload.json", "JSON (chat API request)", "message contents hold Markdown with ```python fences"),
    (CL, "ci_python_inline.yml", "YAML (GitHub Actions)", "shell: python step whose run: | block is a Python program"),
    (CL, "windows_build.yml", "YAML (GitHub Actions)", "pwsh run: | blocks with backtick continuation"),
    (CL, "nginx_configmap.yaml", "YAML (Kubernetes)", "ConfigMap holding nginx.conf and robots.txt; two documents"),
    (CL, "compose_init_sql.yml", "YAML (docker compose)", "configs.content block scalar holds SQL incl. \\connect"),
    (CL, "gitlab_ci.yml", "YAML (GitLab CI)", "script lists of shell, including an ssh heredoc"),
    (CL, "ansible_playbook.yml", "YAML (Ansible)", "copy content: | holds a bash script with Jinja; starts with ---"),
    (CL, "openapi_spec.yaml", "YAML (OpenAPI)", "flow-style JSON example plus curl and Python code samples"),
    (CL, "cloud_init.yaml", "YAML (cloud-init)", "#cloud-config; write_files with a Python program and a systemd unit"),
    (CL, "graphql_queries.ts", "TypeScript", "gql template literals with fragments, query, mutation"),
    (CL, "sql_repository.ts", "TypeScript", "postgres.js sql`` tagged templates and a DDL string"),
    (CL, "styled_card.tsx", "TypeScript (TSX)", "styled-components CSS template literals plus JSX"),
    (CL, "email_template.ts", "TypeScript", "returns an HTML document from a template literal"),
    (CL, "shell_runner.ts", "TypeScript", "String.raw bash script passed to spawnSync"),
    (CL, "python_codegen.ts", "TypeScript", "string array of Python source lines (codegen)"),
    (CL, "docs_page.tsx", "TypeScript (TSX)", "Markdown with escaped ``` fence in a template literal"),
    (CL, "dockerfile_generator.ts", "TypeScript", "array of Dockerfile instruction strings"),
    (CL, "pyproject_tools.toml", "TOML (pyproject)", "ruff/mypy/pytest/coverage tool tables"),
    (CL, "cargo_make_tasks.toml", "TOML (cargo-make)", "literal multi-line strings of bash and duckscript"),
    (CL, "report_queries.toml", "TOML", "multi-line basic strings holding SQL"),
    (CL, "netlify.toml", "TOML (Netlify)", "shell build commands, redirects, CSP header"),
    (CL, "mise_tasks.toml", "TOML (mise)", "bash task in a multi-line string and a python heredoc one-liner"),
    (CL, "helix_languages.toml", "TOML (Helix languages.toml)", "array-of-tables, inline tables, quoted punctuation keys"),
    (CL, "fly.toml", "TOML (Fly.io)", "shell commands for release and processes"),
    (CL, "prompt_templates.toml", "TOML", "LLM prompt templates with Python and a ```python fence in literal strings"),
    (CL, "db_bootstrap.sh", "Shell (bash)", "psql heredoc with PostgreSQL DO $$ block and :'pw' variable"),
    (CL, "report_with_python.sh", "Shell (bash)", "python3 - <<'EOF' embedded program"),
    (CL, "write_nginx_conf.sh", "Shell (POSIX sh)", "unquoted heredoc rendering nginx config with escaped \\$vars"),
    (CL, "k8s_apply.sh", "Shell (bash)", "kubectl apply -f - heredoc with a CronJob manifest"),
    (CL, "jq_transform.sh", "Shell (bash)", "multi-line jq programs and awk"),
    (CL, "docker_build_inline.sh", "Shell (bash)", "docker build -f- heredoc holding a Dockerfile"),
    (CL, "mysql_backup.sh", "Shell (bash)", "function with multi-line MySQL query in a double-quoted string"),
    (CL, "node_inline_check.sh", "Shell (bash)", "JSON heredoc and a node -e single-quoted JS program"),
]


def main():
    seen = set()
    out = ["folder\tfile\timplied_ext\tcontent_language\tnote"]
    for folder, name, lang, note in ROWS:
        path = os.path.join(ROOT, folder, name)
        if not os.path.exists(path):
            sys.exit(f"missing on disk: {folder}/{name}")
        if (folder, name) in seen:
            sys.exit(f"duplicate row: {folder}/{name}")
        seen.add((folder, name))
        ext = "." + name.rsplit(".", 1)[-1]
        if note.startswith("partial"):
            with open(path, "rb") as fh:
                data = fh.read()
            if data.endswith(b"\n"):
                with open(path, "wb") as fh:
                    fh.write(data.rstrip(b"\n"))
        out.append("\t".join([folder, name, ext, lang, note]))
    for folder in (MM, CL):
        for name in os.listdir(os.path.join(ROOT, folder)):
            if (folder, name) not in seen:
                sys.exit(f"no manifest row for {folder}/{name}")
    with open(os.path.join(ROOT, "manifest.tsv"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out) + "\n")
    print(f"wrote manifest.tsv with {len(ROWS)} rows")


if __name__ == "__main__":
    main()
