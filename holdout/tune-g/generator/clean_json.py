from common import add

L = "clean"
J = "JSON"


def ok(path, body, marks, what, nl=True):
    add(L, path, J, body, f"valid; suspicious-looking but genuine: {what}", marks, nl, kind="clean")


ok("package.json", r'''
{
  "name": "tiny-retry",
  "version": "2.1.0",
  "description": "Retry async functions with backoff, jitter, timeouts, etc.",
  "type": "module",
  "main": "./dist/index.js",
  "types": "./dist/index.d.ts",
  "exports": {
    ".": {
      "types": "./dist/index.d.ts",
      "import": "./dist/index.js"
    }
  },
  "files": ["dist"],
  "scripts": {
    "build": "tsc -p tsconfig.build.json",
    "test": "node --test --test-reporter=spec dist/**/*.test.js",
    "lint": "eslint . && echo 'Note: lint passed'",
    "release": "npm run build && npm publish --access public"
  },
  "keywords": ["retry", "backoff", "promise"],
  "license": "MIT",
  "devDependencies": {
    "eslint": "^9.5.0",
    "typescript": "^5.5.2"
  },
  "engines": {
    "node": ">=18"
  }
}
''', ["timeouts, etc.", "Note: lint passed"], "description with 'etc.' at line {0}; script string with 'Note:' at line {1}")

ok("web/public/locales/en/common.json", r'''
{
  "app": {
    "title": "Northwind Console",
    "loading": "Loading...",
    "saving": "Saving…"
  },
  "list": {
    "empty": "Nothing here yet.",
    "more": "…and {{count}} more",
    "showRest": "Show the rest of the list",
    "sameAsAbove": "Same as above"
  },
  "editor": {
    "unsavedChanges": "You have unsaved changes. Leave anyway?",
    "unchanged": "No changes since the last save",
    "note": "Note: changes are saved automatically every 30 seconds."
  },
  "help": {
    "intro": "Here is a quick tour of the console.",
    "todo": "TODO list",
    "etc": "Reports, exports, invoices, etc."
  }
}
''', ['"Loading..."', "Show the rest of the list", '"Here is a quick tour', '"TODO list"'], "UI strings 'Loading...' (line {0}), 'Show the rest of the list' (line {1}), 'Here is a quick tour ...' (line {2}), 'TODO list' (line {3})")

ok("tsconfig.json", r'''
{
  "$schema": "https://json.schemastore.org/tsconfig",
  "display": "Node 20 service (same as the shared base, plus path aliases)",
  "compilerOptions": {
    "target": "ES2022",
    "lib": ["ES2023"],
    "module": "NodeNext",
    "moduleResolution": "NodeNext",
    "strict": true,
    "noUncheckedIndexedAccess": true,
    "esModuleInterop": true,
    "skipLibCheck": true,
    "outDir": "dist",
    "rootDir": "src",
    "baseUrl": ".",
    "paths": {
      "@/*": ["src/*"]
    }
  },
  "include": ["src/**/*"],
  "exclude": ["node_modules", "dist", "**/*.spec.ts"]
}
''', ["same as the shared base"], "display string 'same as the shared base' at line {0}; JSON without comments")

ok("renovate.json", r'''
{
  "$schema": "https://docs.renovatebot.com/renovate-schema.json",
  "extends": ["config:recommended"],
  "description": [
    "Here is our dependency update policy.",
    "Non-major updates are grouped; majors get their own PR, as before.",
    "Docker digests, GitHub Actions, etc. are pinned."
  ],
  "schedule": ["after 10pm every weekday", "before 5am every weekday"],
  "packageRules": [
    {
      "description": "Group all non-major updates (the rest stay separate)",
      "matchUpdateTypes": ["minor", "patch"],
      "groupName": "all non-major dependencies",
      "groupSlug": "all-minor-patch"
    },
    {
      "description": "TODO: revisit once the ORM 7.x migration lands",
      "matchPackageNames": ["prisma", "@prisma/client"],
      "enabled": false
    }
  ],
  "pinDigests": true
}
''', ["Here is our dependency update policy.", "the rest stay separate", "TODO: revisit"], "description strings 'Here is our ... policy.' (line {0}), 'the rest stay separate' (line {1}) and 'TODO: ...' (line {2}); no final newline", nl=False)

ok("schemas/webhook-event.schema.json", r'''
{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://example.com/schemas/webhook-event.json",
  "title": "Webhook event",
  "description": "Envelope for every webhook we send. Note: payload shapes are documented per event type; the envelope is unchanged since v1.",
  "type": "object",
  "required": ["id", "type", "created_at", "data"],
  "properties": {
    "id": { "type": "string", "format": "uuid" },
    "type": {
      "type": "string",
      "enum": ["order.created", "order.paid", "order.refunded"],
      "description": "Event name. More types (shipment.*, etc.) are added over time."
    },
    "created_at": { "type": "string", "format": "date-time" },
    "data": {
      "type": "object",
      "description": "Event payload; see the per-type schemas for the rest of the fields.",
      "additionalProperties": true
    },
    "previous_attributes": {
      "type": "object",
      "description": "Only on *.updated events: the values as before the change."
    }
  },
  "additionalProperties": false
}
''', ["Note: payload shapes", "shipment.*, etc.", "for the rest of the fields", "as before the change"], "descriptions with 'Note: ... unchanged' (line {0}), 'etc.' (line {1}), 'the rest of the fields' (line {2}), 'as before' (line {3})")

ok(".devcontainer/devcontainer.json", r'''
{
  "name": "api (Node 20 + Postgres)",
  "dockerComposeFile": ["../docker-compose.yml", "docker-compose.devcontainer.yml"],
  "service": "workspace",
  "workspaceFolder": "/workspaces/api",
  "features": {
    "ghcr.io/devcontainers/features/github-cli:1": {},
    "ghcr.io/devcontainers/features/docker-outside-of-docker:1": {}
  },
  "forwardPorts": [3000, 5432],
  "postCreateCommand": "npm ci && echo 'Here is your dev container. Run npm run dev to start...'",
  "customizations": {
    "vscode": {
      "extensions": ["dbaeumer.vscode-eslint", "esbenp.prettier-vscode"],
      "settings": {
        "editor.formatOnSave": true
      }
    }
  },
  "remoteUser": "node"
}
''', ["Here is your dev container"], "postCreateCommand echo 'Here is your dev container. ... to start...' at line {0}")
