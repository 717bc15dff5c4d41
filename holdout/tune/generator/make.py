# Writes the tune corpus: python3 holdout/tune/generator/make.py holdout/tune
# (holdout/tune/README.md). Each case is a base document of bases.py with one defect.
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from bases import *
OUT = sys.argv[1]

def w(rule, name, text):
    p = os.path.join(OUT, rule, name)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w") as f:
        f.write(text)

def upto(text, marker, keep_newline=True, occurrence=1):
    """Cut `text` right after the line that contains `marker` (its nth occurrence)."""
    i = -1
    for _ in range(occurrence):
        i = text.index(marker, i + 1)
    e = text.index("\n", i)
    return text[: e + 1] if keep_newline else text[:e]

def cut_at(text, marker):
    """Cut right after `marker` (mid-line, no newline)."""
    i = text.index(marker) + len(marker)
    return text[:i]

# ---------------- YAML truncated ----------------
T = "truncated"
w(T, "ci_cut_after_steps.yml", upto(WF_NODE, "    steps:"))
w(T, "ci_cut_bare_dash.yml", upto(WF_NODE, "        run: npm ci") + "      -\n")
w(T, "ci_cut_step_name_only.yml", upto(WF_NODE, "      - name: Lint"))
w(T, "ci_cut_with_key.yml", upto(WF_NODE, "        with:", keep_newline=False))
w(T, "ci_cut_midline.yml", cut_at(WF_NODE, "run: npm run li"))
w(T, "release_cut_needs.yml", upto(WF_PY, "  publish:"))
w(T, "release_cut_after_with.yml", upto(WF_PY, "        with:", occurrence=3))
w(T, "deploy_cut_containers.yaml", upto(K8S_DEPLOY, "      containers:"))
w(T, "deploy_cut_env.yaml", upto(K8S_DEPLOY, "          env:", keep_newline=False))
w(T, "deploy_cut_value_from.yaml", upto(K8S_DEPLOY, "              valueFrom:"))
w(T, "ingress_cut_backend.yaml", upto(K8S_SVC, "            backend:"))
w(T, "ingress_cut_midword.yaml", cut_at(K8S_SVC, "ingressClassName: ngi"))
w(T, "compose_cut_environment.yml", upto(COMPOSE, "    environment:", occurrence=2))
w(T, "compose_cut_depends_on.yml", upto(COMPOSE, "    depends_on:", keep_newline=False))
w(T, "gitlab_cut_script.yml", upto(GITLAB, "  script:", occurrence=3))
w(T, "gitlab_cut_dash.yml", upto(GITLAB, "    - pytest -q") + "    - ")
w(T, "playbook_cut_task_name.yml", upto(ANSIBLE, "    - name: Enable site"))
w(T, "values_cut_limits.yaml", upto(HELM_VALUES, "  limits:", keep_newline=False))
w(T, "precommit_cut_hooks.yaml", upto(PRECOMMIT, "    hooks:", occurrence=3))

# ---------------- YAML placeholder ----------------
P = "placeholder"
def after(text, marker, insert, occurrence=1):
    s = upto(text, marker, occurrence=occurrence)
    return s + insert + text[len(s):]
def replace_block(text, start_marker, end_marker, insert):
    i = text.index(start_marker); i = text.rindex("\n", 0, i) + 1
    j = text.index(end_marker, i); j = text.rindex("\n", 0, j) + 1
    return text[:i] + insert + text[j:]
w(P, "ci_rest_of_steps.yml", upto(WF_NODE, "        run: npm ci") + "      # ... rest of the steps unchanged\n")
w(P, "ci_other_jobs.yml", WF_NODE + "\n  # ... other jobs unchanged\n")
w(P, "release_existing_steps.yml", replace_block(WF_PY, "      - name: Build sdist", "      - uses: actions/upload-artifact", "      # ... existing build steps ...\n"))
w(P, "deploy_bare_ellipsis.yaml", replace_block(K8S_DEPLOY, "            - name: LOG_LEVEL", "          resources:", "            # ...\n"))
w(P, "deploy_rest_same.yaml", upto(K8S_DEPLOY, "          image:") + "          # rest of the container spec stays the same\n")
w(P, "compose_services_omitted.yml", replace_block(COMPOSE, "  redis:", "  web:", "  # (other services omitted)\n\n"))
w(P, "compose_env_remaining.yml", replace_block(COMPOSE, "      REDIS_URL", "volumes:", "      # ... remaining environment variables\n\n"))
w(P, "gitlab_same_as_above.yml", GITLAB.replace("""test:
  stage: test
  script:
    - pip install -r requirements.txt
    - pytest -q --junitxml=report.xml
""", """test:
  stage: test
  script:
    # same as above
""") )
w(P, "gitlab_existing_jobs.yml", replace_block(GITLAB, "lint:", "deploy:", "# ... existing lint and test jobs ...\n\n"))
w(P, "playbook_rest_tasks.yml", replace_block(ANSIBLE, "    - name: Deploy site config", "  handlers:", "    # ... rest of the tasks remain the same\n\n"))
w(P, "values_unchanged.yaml", replace_block(HELM_VALUES, "resources:", "autoscaling:", "# resources: (unchanged)\n\n"))
w(P, "values_ellipsis.yaml", replace_block(HELM_VALUES, "service:", "resources:", "# ...\n\n"))
w(P, "precommit_other_hooks.yaml", replace_block(PRECOMMIT, "      - id: end-of-file-fixer", "  - repo: https://github.com/astral-sh", "      # ... other hooks\n"))
w(P, "ingress_previous_rules.yaml", replace_block(K8S_SVC, "    - host: app.example.com\n      http:", "~~END", "    # previous rules here\n") if False else K8S_SVC.replace("  rules:\n", "  rules:\n    # existing rules here\n"))
w(P, "service_keep_existing.yaml", K8S_SVC.replace("""  ports:
    - name: http
      port: 80
      targetPort: 3000
""", """  ports:
    # keep the existing ports
"""))
w(P, "ci_matrix_same.yml", WF_NODE.replace("      - name: Lint\n        run: npm run lint\n", "      # ... same lint step as before\n"))

# ---------------- TOML placeholder ----------------
w(P, "cargo_rest_deps.toml", replace_block(CARGO, "regex = ", "[dev-dependencies]", "# ... rest of the dependencies unchanged\n\n"))
w(P, "cargo_other_deps.toml", CARGO.replace('serde_json = "1"\n', '# other dependencies unchanged\n'))
w(P, "cargo_ellipsis.toml", CARGO.replace('assert_cmd = "2"\ntempfile = "3"\n', '# ...\n'))
w(P, "pyproject_existing_tool.toml", replace_block(PYPROJECT, "[tool.ruff]", "[tool.pytest", "# ... existing ruff configuration ...\n\n"))
w(P, "pyproject_rest.toml", upto(PYPROJECT, "[project.scripts]") + "# rest of the file remains the same\n")
w(P, "pyproject_deps_omitted.toml", PYPROJECT.replace('    "pydantic>=2.6",\n', '    # (remaining dependencies omitted)\n'))
w(P, "netlify_other_redirects.toml", replace_block(NETLIFY, "[[redirects]]\n  from = \"/*\"", "[[headers]]", "# ... other redirects unchanged\n\n"))
w(P, "netlify_same.toml", NETLIFY.replace('    Cache-Control = "public, max-age=31536000, immutable"\n', '    # same headers as before\n'))
w(P, "fly_env_rest.toml", FLY.replace('  LOG_LEVEL = "info"\n', '  # ... rest of the env vars\n'))
w(P, "fly_existing_sections.toml", upto(FLY, "  min_machines_running = 1") + "\n# existing [[vm]] section here\n")
w(P, "workspace_members.toml", WORKSPACE.replace('axum = "0.7"\n', '# ... (other workspace dependencies unchanged)\n'))
w(P, "workspace_previous.toml", replace_block(WORKSPACE, "[workspace.package]", "[workspace.dependencies]", "# previous [workspace.package] settings here\n\n"))
w(P, "hugo_menu_same.toml", HUGO.replace("""  [[menu.main]]
    name = "About"
    url = "/about/"
    weight = 2
""", """  # ... more menu entries
"""))
w(P, "hugo_params_unchanged.toml", replace_block(HUGO, "[params]", "[menu]", "[params]\n  # (unchanged)\n\n"))
w(P, "cargo_profile_rest.toml", CARGO.replace("lto = true\ncodegen-units = 1\n", "# rest of the profile settings stay the same\n"))
w(P, "pyproject_lint_rules.toml", PYPROJECT.replace('select = ["E", "F", "I", "UP", "B"]\n', 'select = ["E", "F", "I", "UP", "B"]\n# ... existing per-file-ignores ...\n'))

# ---------------- shell placeholder ----------------
w(P, "deploy_rest_unchanged.sh", replace_block(SH_DEPLOY, 'log "Uploading"', 'log "Done"', "# ... rest of the deployment steps unchanged\n\n"))
w(P, "deploy_existing.sh", SH_DEPLOY.replace('log() {\n  echo "[$(date +\'%H:%M:%S\')] $*"\n}\n', "# existing helper functions here\n"))
w(P, "backup_ellipsis.sh", replace_block(SH_BACKUP, "if [ -n", "# keep two weeks", "# ...\n\n"))
w(P, "backup_same_as_before.sh", SH_BACKUP.replace('  aws s3 cp "$FILE" "s3://$S3_BUCKET/postgres/"\n', "  # same upload as before\n  :\n"))
w(P, "install_arch_cases.sh", SH_INSTALL.replace("  aarch64|arm64) ARCH=arm64 ;;\n", "  # ... other architectures\n"))
w(P, "install_rest.sh", upto(SH_INSTALL, 'trap ') + "\n# rest of the script remains the same\n")
w(P, "entry_previous.sh", replace_block(SH_ENTRY, "python manage.py migrate", 'if [ "$1"', "# ... previous setup commands ...\n\n"))
w(P, "entry_omitted.sh", SH_ENTRY.replace('  exec celery -A config worker -l info\n', '  # (worker options omitted)\n  exec celery -A config worker\n'))
w(P, "build_loop_body.sh", SH_BUILD.replace('  mkdir -p "dist/$target"\n  cp "target/$target/release/tally" "dist/$target/"\n', '  # ... copy steps unchanged\n'))
w(P, "build_existing_logic.sh", SH_BUILD.replace('(cd dist && sha256sum */tally > SHA256SUMS)\n', '# existing checksum logic here\n'))
w(P, "setup_rest_of_checks.sh", replace_block(SH_SETUP, '"$PYTHON" -m venv', 'pre-commit install', "# ... rest of the setup steps ...\n\n"))
w(P, "setup_keep.sh", SH_SETUP.replace('if [ ! -f .env ]; then\n  cp .env.example .env\n  echo "Created .env from .env.example; edit it before running the app."\nfi\n', "# keep existing .env handling\n"))
w(P, "deploy_functions_here.sh", SH_DEPLOY.replace('npm ci\nnpm run build\n', '# build steps go here\n'))
w(P, "backup_remaining.sh", SH_BACKUP.replace('mkdir -p "$BACKUP_DIR"\n', 'mkdir -p "$BACKUP_DIR"\n# ... (remaining checks)\n'))
w(P, "install_same.sh", SH_INSTALL.replace('echo "Downloading $URL"\n', '# ... same download logic as above ...\n'))
w(P, "build_more_targets.sh", SH_BUILD.replace('TARGETS=(x86_64-unknown-linux-gnu aarch64-unknown-linux-gnu)\n', 'TARGETS=(\n  x86_64-unknown-linux-gnu\n  # ... more targets\n)\n'))

# ---------------- TypeScript placeholder ----------------
TS_SERVICE = """import { Injectable } from "./di";
import type { Order, OrderStatus } from "./types";
import { OrderRepository } from "./order-repository";

@Injectable()
export class OrderService {
  constructor(private readonly repo: OrderRepository) {}

  async findById(id: string): Promise<Order | undefined> {
    return this.repo.get(id);
  }

  async updateStatus(id: string, status: OrderStatus): Promise<Order> {
    const order = await this.repo.get(id);
    if (!order) {
      throw new Error(`order ${id} not found`);
    }
    order.status = status;
    order.updatedAt = new Date();
    await this.repo.save(order);
    return order;
  }

  async cancel(id: string): Promise<Order> {
    return this.updateStatus(id, "cancelled");
  }
}
"""
TS_COMPONENT = """import { useEffect, useState } from "react";
import type { User } from "../api/types";
import { fetchUsers } from "../api/users";

interface UserListProps {
  teamId: string;
  onSelect?: (user: User) => void;
}

export function UserList({ teamId, onSelect }: UserListProps) {
  const [users, setUsers] = useState<User[]>([]);
  const [loading, setLoading] = useState(true);

  useEffect(() => {
    let cancelled = false;
    fetchUsers(teamId).then((result) => {
      if (!cancelled) {
        setUsers(result);
        setLoading(false);
      }
    });
    return () => {
      cancelled = true;
    };
  }, [teamId]);

  if (loading) {
    return <p>Loading...</p>;
  }

  return (
    <ul className="user-list">
      {users.map((u) => (
        <li key={u.id} onClick={() => onSelect?.(u)}>
          {u.name}
        </li>
      ))}
    </ul>
  );
}
"""
TS_ROUTER = """import { Router, type Request, type Response } from "express";
import { z } from "zod";
import { db } from "../db";

const router = Router();

const CreateTodo = z.object({
  title: z.string().min(1),
  dueAt: z.string().datetime().optional(),
});

router.get("/todos", async (_req: Request, res: Response) => {
  const todos = await db.todo.findMany({ orderBy: { createdAt: "desc" } });
  res.json(todos);
});

router.post("/todos", async (req: Request, res: Response) => {
  const parsed = CreateTodo.safeParse(req.body);
  if (!parsed.success) {
    return res.status(400).json(parsed.error.flatten());
  }
  const todo = await db.todo.create({ data: parsed.data });
  res.status(201).json(todo);
});

router.delete("/todos/:id", async (req: Request, res: Response) => {
  await db.todo.delete({ where: { id: req.params.id } });
  res.status(204).end();
});

export default router;
"""
TS_UTIL = """export type Millis = number;

export function debounce<T extends (...args: unknown[]) => void>(fn: T, wait: Millis): T {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return ((...args: unknown[]) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => fn(...args), wait);
  }) as T;
}

export function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) {
    out.push(items.slice(i, i + size));
  }
  return out;
}

export function formatBytes(bytes: number): string {
  const units = ["B", "KB", "MB", "GB"];
  let i = 0;
  while (bytes >= 1024 && i < units.length - 1) {
    bytes /= 1024;
    i++;
  }
  return `${bytes.toFixed(1)} ${units[i]}`;
}
"""
TS_SLICE = """import { createSlice, type PayloadAction } from "@reduxjs/toolkit";

export interface CartItem {
  sku: string;
  quantity: number;
  price: number;
}

interface CartState {
  items: CartItem[];
  coupon?: string;
}

const initialState: CartState = { items: [] };

const cartSlice = createSlice({
  name: "cart",
  initialState,
  reducers: {
    addItem(state, action: PayloadAction<CartItem>) {
      const existing = state.items.find((i) => i.sku === action.payload.sku);
      if (existing) {
        existing.quantity += action.payload.quantity;
      } else {
        state.items.push(action.payload);
      }
    },
    removeItem(state, action: PayloadAction<string>) {
      state.items = state.items.filter((i) => i.sku !== action.payload);
    },
    applyCoupon(state, action: PayloadAction<string>) {
      state.coupon = action.payload;
    },
  },
});

export const { addItem, removeItem, applyCoupon } = cartSlice.actions;
export default cartSlice.reducer;
"""
def tsrep(text, old, new):
    assert old in text, old
    return text.replace(old, new, 1)
w(P, "order-service-existing.ts", tsrep(TS_SERVICE, """  async findById(id: string): Promise<Order | undefined> {
    return this.repo.get(id);
  }
""", """  // ... existing code ...
"""))
w(P, "order-service-block-ellipsis.ts", tsrep(TS_SERVICE, """  async cancel(id: string): Promise<Order> {
    return this.updateStatus(id, "cancelled");
  }
""", """  /* ... */
"""))
w(P, "order-service-line-ellipsis.ts", tsrep(TS_SERVICE, """  async cancel(id: string): Promise<Order> {
    return this.updateStatus(id, "cancelled");
  }
""", """  // ...
"""))
w(P, "order-service-other-methods.ts", tsrep(TS_SERVICE, """  async cancel(id: string): Promise<Order> {
    return this.updateStatus(id, "cancelled");
  }
""", """  // other methods
"""))
w(P, "UserList-rest.tsx", tsrep(TS_COMPONENT, """  if (loading) {
    return <p>Loading...</p>;
  }

  return (
    <ul className="user-list">
      {users.map((u) => (
        <li key={u.id} onClick={() => onSelect?.(u)}>
          {u.name}
        </li>
      ))}
    </ul>
  );
""", """  // rest of the component
  return null;
"""))
w(P, "UserList-jsx-ellipsis.tsx", tsrep(TS_COMPONENT, """      {users.map((u) => (
        <li key={u.id} onClick={() => onSelect?.(u)}>
          {u.name}
        </li>
      ))}
""", """      {/* ... */}
"""))
w(P, "UserList-effect.tsx", tsrep(TS_COMPONENT, """    let cancelled = false;
    fetchUsers(teamId).then((result) => {
      if (!cancelled) {
        setUsers(result);
        setLoading(false);
      }
    });
    return () => {
      cancelled = true;
    };
""", """    // ... fetching logic stays as is
"""))
w(P, "todos-other-routes.ts", tsrep(TS_ROUTER, """router.delete("/todos/:id", async (req: Request, res: Response) => {
  await db.todo.delete({ where: { id: req.params.id } });
  res.status(204).end();
});
""", """// ...other routes
"""))
w(P, "todos-handlers-same.ts", tsrep(TS_ROUTER, """  const todos = await db.todo.findMany({ orderBy: { createdAt: "desc" } });
  res.json(todos);
""", """  // same as before
"""))
w(P, "todos-existing-imports.ts", tsrep(TS_ROUTER, """import { z } from "zod";
import { db } from "../db";
""", """// existing imports
"""))
w(P, "utils-rest-unchanged.ts", tsrep(TS_UTIL, TS_UTIL[TS_UTIL.index("export function chunk"):], "// ... rest of the file unchanged\n"))
w(P, "utils-keep-helpers.ts", tsrep(TS_UTIL, """export function formatBytes(bytes: number): string {
  const units = ["B", "KB", "MB", "GB"];
  let i = 0;
  while (bytes >= 1024 && i < units.length - 1) {
    bytes /= 1024;
    i++;
  }
  return `${bytes.toFixed(1)} ${units[i]}`;
}
""", """// keep the other helpers as they are
"""))
w(P, "cart-more-reducers.ts", tsrep(TS_SLICE, """    applyCoupon(state, action: PayloadAction<string>) {
      state.coupon = action.payload;
    },
""", """    // ... more reducers
"""))
w(P, "cart-fields.ts", tsrep(TS_SLICE, """  quantity: number;
  price: number;
""", """  // ... other fields
"""))
w(P, "cart-remove-body.ts", tsrep(TS_SLICE, """      state.items = state.items.filter((i) => i.sku !== action.payload);
""", """      // ... (implementation unchanged)
"""))
w(P, "order-service-todo-rest.ts", tsrep(TS_SERVICE, """    order.status = status;
    order.updatedAt = new Date();
    await this.repo.save(order);
    return order;
""", """    // TODO: rest of the implementation
    return order;
"""))
w(P, "UserList-props-rest.tsx", tsrep(TS_COMPONENT, """  onSelect?: (user: User) => void;
""", """  onSelect?: (user: User) => void;
  // ...rest of props
"""))

# ---------------- shell llm-chatter (prose bash accepts) ----------------
C = "llm-chatter"
w(C, "deploy_here_is.sh", "Here is the updated deployment script with the staging check added:\n\n" + SH_DEPLOY)
w(C, "deploy_this_script_will.sh", SH_DEPLOY.replace("set -euo pipefail\n", "set -euo pipefail\n\nThis script will build the app and sync it to the target server\n", 1))
w(C, "backup_note.sh", SH_BACKUP + "\nNote: make sure the postgres user can write to /var/backups before running this.\n")
w(C, "backup_let_me_know.sh", SH_BACKUP + "\nLet me know if you want me to add encryption to the upload step\n")
w(C, "install_numbered.sh", SH_INSTALL + "\n1. Added support for arm64 machines\n2. The binary is now installed with install instead of cp\n")
w(C, "install_dash_list.sh", SH_INSTALL + "\n- Uses curl with -fsSL so failed downloads stop the script\n- Cleans up the temporary directory on exit\n")
w(C, "entry_explanation.sh", SH_ENTRY + "\n**Explanation:**\n\nThe entrypoint waits for the database before it runs the migrations\n")
w(C, "entry_save_as.sh", "Save this as docker-entrypoint.sh and make it executable with chmod +x docker-entrypoint.sh\n\n" + SH_ENTRY)
w(C, "build_i_added.sh", SH_BUILD.replace('(cd dist', 'I added a checksum file so the release job can verify the artifacts\n(cd dist', 1))
w(C, "build_you_can.sh", SH_BUILD + "\nYou can run it from any directory since it changes to the repository root first\n")
w(C, "setup_this_should.sh", SH_SETUP + "\nThis should work on both macOS and Linux\n")
w(C, "setup_make_sure.sh", "Make sure you have Python 3.9 or newer installed before running this script\n" + SH_SETUP)
w(C, "deploy_changes_heading.sh", SH_DEPLOY + "\nChanges:\n- The environment is now checked before anything is built\n- rsync uses --delete so old assets are removed\n")
w(C, "backup_the_script.sh", "The script below backs up the database and uploads the dump to S3\n\n" + SH_BACKUP)
w(C, "install_in_this_version.sh", SH_INSTALL.replace('URL="https', 'In this version the download URL is built from the detected OS and architecture\nURL="https', 1))
w(C, "entry_with_these.sh", SH_ENTRY + "\nWith these changes the container also starts a Celery worker when you pass worker as the first argument\n")
w(C, "build_feel_free.sh", SH_BUILD + "\nFeel free to add more targets to the TARGETS array\n")
w(C, "setup_sure.sh", "Sure, here is a setup script for the project\n\n" + SH_SETUP)

# ---------------- language-mismatch ----------------
M = "language-mismatch"
w(M, "ci_yaml_as.toml", WF_NODE)
w(M, "values_yaml_as.toml", HELM_VALUES)
w(M, "compose_as.toml", COMPOSE)
w(M, "deploy_script_as.toml", SH_DEPLOY)
w(M, "settings_python_as.toml", '''"""Project settings."""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = os.environ.get("SECRET_KEY", "dev")
DEBUG = os.environ.get("DEBUG", "0") == "1"
ALLOWED_HOSTS = ["localhost", "127.0.0.1"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "orders",
]


def database_url() -> str:
    return os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}")
''')
w(M, "package_json_as.toml", '''{
  "name": "weatherly-web",
  "version": "1.2.0",
  "private": true,
  "scripts": {
    "dev": "vite",
    "build": "vite build",
    "test": "vitest run"
  },
  "dependencies": {
    "react": "^18.3.1",
    "react-dom": "^18.3.1"
  }
}
''')
w(M, "readme_as.toml", """# Tally

Tally counts things in log files, and it is fast because it reads each file once.

## Installation

You can install it with cargo or download a release from the GitHub releases page.

## Usage

Run `tally --help` to see the options. The most common one is the pattern to count.
""")
w(M, "cargo_as.yml", CARGO)
w(M, "pyproject_as.yaml", PYPROJECT)
w(M, "deploy_script_as.yml", SH_DEPLOY)
w(M, "backup_script_as.yaml", SH_BACKUP)
w(M, "script_python_as.yml", '''import subprocess
import sys


def run(cmd):
    print("+", " ".join(cmd))
    subprocess.run(cmd, check=True)


def main():
    run(["npm", "ci"])
    run(["npm", "test"])
    if "--deploy" in sys.argv:
        run(["npm", "run", "deploy"])


if __name__ == "__main__":
    main()
''')
w(M, "notes_markdown_as.yml", """# Release checklist

Before you tag a release, make sure that the changelog is up to date and that CI is green.

1. Bump the version in the manifest and commit it.
2. Tag the commit and push the tag to the main repository.
3. Wait for the release workflow to publish the packages.

If anything fails, delete the tag and start again from the first step.
""")
w(M, "netlify_as.yaml", NETLIFY)
w(M, "ci_yaml_as.sh", WF_NODE)
w(M, "k8s_as.sh", K8S_DEPLOY)
w(M, "cargo_as.sh", CARGO)
w(M, "python_as.sh", '''#!/usr/bin/env python3
"""Rotate the log files in /var/log/app."""
import gzip
import shutil
from pathlib import Path

LOG_DIR = Path("/var/log/app")


def rotate(path: Path) -> None:
    with path.open("rb") as src, gzip.open(f"{path}.gz", "wb") as dst:
        shutil.copyfileobj(src, dst)
    path.write_text("")


for log in LOG_DIR.glob("*.log"):
    rotate(log)
''')
w(M, "node_as.sh", '''const { execSync } = require("child_process");
const fs = require("fs");

const version = JSON.parse(fs.readFileSync("package.json", "utf8")).version;
console.log(`releasing ${version}`);
execSync("npm run build", { stdio: "inherit" });
execSync(`git tag v${version}`, { stdio: "inherit" });
execSync("git push --tags", { stdio: "inherit" });
''')
w(M, "json_as.sh", '''{
  "version": "2.0.0",
  "tasks": [
    {
      "label": "build",
      "type": "shell",
      "command": "npm run build",
      "group": "build"
    }
  ]
}
''')
w(M, "readme_as.sh", """# Deploy scripts

These scripts deploy the application to the staging and production servers.

## Requirements

You need SSH access to the servers and the deploy key in your agent.

## Usage

Run the deploy script with the name of the environment as its only argument.
""")
w(M, "compose_as.sh", COMPOSE)
w(M, "pyproject_as.sh", PYPROJECT)
INI = """[metadata]
name = weatherly
version = 1.2.0
description = A small client for the Weatherly API

[options]
packages = find:
python_requires = >=3.9
install_requires =
    httpx>=0.27
    pydantic>=2.6

[flake8]
max-line-length = 100
exclude = .git,__pycache__,build,dist
"""
GO = """package main

import (
	"fmt"
	"log"
	"net/http"
	"os"
)

func health(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusOK)
	fmt.Fprintln(w, "ok")
}

func main() {
	port := os.Getenv("PORT")
	if port == "" {
		port = "8080"
	}
	http.HandleFunc("/healthz", health)
	log.Fatal(http.ListenAndServe(":"+port, nil))
}
"""
PHP = """<?php

declare(strict_types=1);

namespace App\\Http\\Controllers;

use App\\Models\\Order;
use Illuminate\\Http\\Request;

class OrderController extends Controller
{
    public function index(Request $request)
    {
        $orders = Order::query()->latest()->paginate(20);
        return view('orders.index', ['orders' => $orders]);
    }

    public function show(Order $order)
    {
        return view('orders.show', compact('order'));
    }
}
"""
CSS = """:root {
  --brand: #2f6feb;
  --text: #1f2328;
}

body {
  margin: 0;
  font-family: system-ui, sans-serif;
  color: var(--text);
}

.button {
  padding: 0.5rem 1rem;
  border-radius: 6px;
  background: var(--brand);
  color: #fff;
}

.button:hover {
  opacity: 0.9;
}
"""
JS_CFG = """import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: {
      "/api": "http://localhost:8000",
    },
  },
  build: {
    outDir: "dist",
    sourcemap: true,
  },
});
"""
w(M, "k8s_as.toml", K8S_DEPLOY)
w(M, "gitlab_as.toml", GITLAB)
w(M, "playbook_as.toml", ANSIBLE)
w(M, "precommit_as.toml", PRECOMMIT)
w(M, "setup_cfg_ini_as.toml", INI)
w(M, "main_go_as.toml", GO)
w(M, "install_script_as.toml", SH_INSTALL)
w(M, "vite_config_as.toml", JS_CFG)
w(M, "styles_css_as.toml", CSS)
w(M, "fly_as.yml", FLY)
w(M, "hugo_as.yaml", HUGO)
w(M, "workspace_as.yml", WORKSPACE)
w(M, "install_script_as.yml", SH_INSTALL)
w(M, "entry_script_as.yaml", SH_ENTRY)
w(M, "setup_cfg_ini_as.yml", INI)
w(M, "main_go_as.yml", GO)
w(M, "controller_php_as.yml", PHP)
w(M, "vite_config_as.yml", JS_CFG)
w(M, "gitlab_as.sh", GITLAB)
w(M, "playbook_as.sh", ANSIBLE)
w(M, "fly_as.sh", FLY)
w(M, "hugo_as.sh", HUGO)
w(M, "controller_php_as.sh", PHP)
w(M, "main_go_as.sh", GO)
w(M, "setup_cfg_ini_as.sh", INI)
w(M, "styles_css_as.sh", CSS)

# ---------------- clean look-alikes ----------------
K = "clean"
w(K, "compose_named_volumes.yml", COMPOSE.replace("volumes:\n  db-data:\n", "volumes:\n  db-data:\n  redis-data:\n"))
w(K, "workflow_dispatch_last.yml", """name: Nightly

jobs:
  nightly:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: make nightly

on:
  schedule:
    - cron: "0 3 * * *"
  workflow_dispatch:
""")
w(K, "ansible_defaults_empty.yml", """---
# Defaults for the backup role. Leave a value empty to use the server default.
backup_dir: /var/backups
backup_keep_days: 14
backup_s3_bucket:
backup_encrypt_key:
""")
w(K, "values_docs_ellipsis.yaml", """# Default values for billing.
# This is a YAML-formatted file.
# Declare variables to be passed into your templates, e.g.
#   extraEnv:
#     - name: FOO
#       value: bar
#   ...
replicaCount: 1

extraEnv: []

nodeSelector: {}

tolerations: []
""")
w(K, "workflow_no_newline.yml", WF_NODE.rstrip("\n"))
w(K, "mkdocs.yml", """site_name: Tally
site_url: https://acme.github.io/tally/
repo_url: https://github.com/acme/tally
theme:
  name: material
  features:
    - navigation.tabs
    - content.code.copy
nav:
  - Home: index.md
  - Usage: usage.md
  - Reference:
      - CLI: reference/cli.md
      - Config: reference/config.md
markdown_extensions:
  - admonition
  - pymdownx.superfences
""")
w(K, "openapi_prose.yaml", """openapi: 3.0.3
info:
  title: Orders API
  version: 1.0.0
  description: >
    This API lets you create and list orders. Note: the rest of the
    endpoints are described in the admin API document.
paths:
  /orders:
    get:
      summary: List the orders of the current user
      responses:
        "200":
          description: The orders, newest first
""")
w(K, "changelog_fragment.yaml", """---
minor_changes:
  - Added the backup_encrypt_key option to encrypt the dump before the upload.
  - The rest of the options are unchanged and keep their defaults.
bugfixes:
  - Fixed a crash when the bucket name contained a dot.
""")
# A mapping used as a set whose entries may carry optional settings: the
# last entry is null on purpose (added after a false positive of the
# sibling-key test on a clean file of holdout/fresh; its message only).
w(K, "inventory_host_vars.yml", """# Staging inventory: hosts with connection overrides carry host vars,
# the others use the group defaults (a null host entry is valid).
staging:
  vars:
    ansible_user: deploy
    ansible_python_interpreter: /usr/bin/python3
  children:
    frontends:
      hosts:
        fe-01.stage.internal:
          ansible_host: 172.20.4.11
        fe-02.stage.internal:
          ansible_host: 172.20.4.12
          nginx_worker_processes: 4
    queues:
      hosts:
        mq-a.stage.internal:
          ansible_port: 2222
          rabbitmq_node_name: rabbit@mq-a
        mq-b.stage.internal:
""")
w(K, "compose_network_defaults.yaml", """services:
  api:
    image: ghcr.io/acme/api:1.8.2
    networks:
      - edge
      - internal
  worker:
    image: ghcr.io/acme/worker:1.8.2
    networks:
      - internal

networks:
  edge:
    driver: bridge
    driver_opts:
      com.docker.network.bridge.name: br-edge
  internal:
    internal: true
    ipam:
      config:
        - subnet: 10.42.0.0/24
  monitoring:
""")
w(K, "Cargo_with_comments.toml", CARGO.replace("[dev-dependencies]", "# Keep these in sync with the workspace; see CONTRIBUTING.md for the rest of\n# the release checklist.\n[dev-dependencies]"))
w(K, "pyproject_no_newline.toml", PYPROJECT.rstrip("\n"))
w(K, "ruff_ellipsis_docs.toml", """# Ruff configuration.
# Rules are listed by prefix: "E" (pycodestyle), "F" (pyflakes), ...
line-length = 88

[lint]
select = ["E", "F", "B"]
ignore = ["E501"]

[lint.per-file-ignores]
"tests/*" = ["B011"]
""")
w(K, "empty_tables.toml", """[package]
name = "probe"
version = "0.1.0"
edition = "2021"

[dependencies]

[features]
default = []
""")
w(K, "echo_prose.sh", """#!/bin/sh
set -e

echo "Note: this script needs root to write to /etc."
echo "Here is what will be installed:"
echo "  - the tally binary"
echo "  - its man page"
printf '%s\\n' "Let me know on the issue tracker if anything fails."
install -m 0755 tally /usr/local/bin/tally
install -m 0644 tally.1 /usr/local/share/man/man1/tally.1
""")
w(K, "heredoc_usage.sh", """#!/usr/bin/env bash
set -euo pipefail

usage() {
  cat <<EOF
Usage: $(basename "$0") [-n] ENV

This script will deploy the current build to ENV.
Note: the rest of the options are read from deploy.conf.

  -n   dry run: print the commands, run nothing
EOF
}

DRY=0
while getopts "nh" opt; do
  case "$opt" in
    n) DRY=1 ;;
    h) usage; exit 0 ;;
    *) usage >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
[ $# -eq 1 ] || { usage >&2; exit 2; }
echo "deploying to $1 (dry run: $DRY)"
""")
w(K, "comment_ellipsis.sh", """#!/bin/bash
# Rotate the logs of every service.
#
# Services are listed in /etc/services.d/*, one file each:
#   api.conf, worker.conf, ...
set -euo pipefail

for conf in /etc/services.d/*.conf; do
  name="$(basename "$conf" .conf)"
  # ... and its log directory is /var/log/$name
  logrotate -f "/etc/logrotate.d/$name"
done
""")
w(K, "functions_named_like_words.sh", """#!/usr/bin/env bash
set -euo pipefail

Info() { printf '\\033[1;34m==>\\033[0m %s\\n' "$*"; }
Warn() { printf '\\033[1;33mwarning:\\033[0m %s\\n' "$*" >&2; }

Info "Checking the toolchain"
command -v cargo >/dev/null || Warn "cargo is not installed"
Info "Building the release"
cargo build --release
Info "Done"
""")
w(K, "git_commit_message.sh", """#!/bin/sh
set -e
git add CHANGELOG.md
git commit -m "Release 1.4.2: the rest of the fixes from the 1.4 branch"
git tag -a v1.4.2 -m "This release fixes the upload of large files"
git push --follow-tags
""")
w(K, "UserList.tsx", TS_COMPONENT)
w(K, "order-service.ts", TS_SERVICE)
w(K, "jsdoc-ellipsis.ts", """/**
 * Join path segments.
 *
 * @example
 * join("a", "b", "c"); // "a/b/c"
 * join(...parts);      // any number of segments
 */
export function join(...parts: string[]): string {
  return parts.filter(Boolean).join("/");
}

export function rest<T>([, ...tail]: T[]): T[] {
  // the rest of the list, without its head
  return tail;
}
""")
