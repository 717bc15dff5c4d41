from bases import ph

# ---- plain JSON (no comments possible) ----

ph("package_deps_ellipsis_member.json", r'''
{
  "name": "@acme/web",
  "version": "2.4.0",
  "private": true,
  "type": "module",
  "scripts": {
    "dev": "vite",
    "build": "tsc -b && vite build",
    "preview": "vite preview",
    "lint": "eslint . --max-warnings 0",
    "test": "vitest run"
  },
  "dependencies": {
    "@tanstack/react-query": "^5.51.1",
    "react": "^18.3.1",
    "react-dom": "^18.3.1",
    "react-router-dom": "^6.26.0",
    "zod": "^3.23.8",
    "...": "..."
  },
  "devDependencies": {
    "@types/react": "^18.3.3",
    "@vitejs/plugin-react": "^4.3.1",
    "typescript": "^5.5.4",
    "vite": "^5.4.0",
    "vitest": "^2.0.5"
  }
}
''')

ph("package_scripts_comment_key.json", r'''
{
  "name": "billing-service",
  "version": "1.8.2",
  "main": "dist/index.js",
  "engines": {
    "node": ">=20"
  },
  "scripts": {
    "build": "tsc -p tsconfig.build.json",
    "start": "node dist/index.js",
    "start:dev": "tsx watch src/index.ts",
    "migrate": "node-pg-migrate up",
    "//": "... other scripts unchanged"
  },
  "dependencies": {
    "fastify": "^4.28.1",
    "pg": "^8.12.0",
    "stripe": "^16.6.0"
  },
  "devDependencies": {
    "node-pg-migrate": "^7.6.1",
    "tsx": "^4.17.0",
    "typescript": "^5.5.4"
  }
}
''')

ph("web_manifest_bare_ellipsis_line.json", r'''
{
  "name": "Field Notes",
  "short_name": "Notes",
  "start_url": "/?source=pwa",
  "display": "standalone",
  "background_color": "#ffffff",
  "theme_color": "#0f766e",
  "icons": [
    {
      "src": "/icons/icon-192.png",
      "sizes": "192x192",
      "type": "image/png"
    },
    ...
    {
      "src": "/icons/maskable-512.png",
      "sizes": "512x512",
      "type": "image/png",
      "purpose": "maskable"
    }
  ],
  "shortcuts": [
    { "name": "New note", "url": "/notes/new" }
  ]
}
''', parses=False)

ph("i18n_messages_unicode_ellipsis_key.json", r'''
{
  "common": {
    "save": "Save",
    "cancel": "Cancel",
    "delete": "Delete",
    "confirm": "Are you sure?"
  },
  "auth": {
    "signIn": "Sign in",
    "signOut": "Sign out",
    "forgotPassword": "Forgot your password?",
    "resetSent": "We sent you a link to reset your password."
  },
  "billing": {
    "…": "…"
  },
  "errors": {
    "network": "Network error. Check your connection and try again.",
    "notFound": "We couldn't find that page.",
    "unknown": "Something went wrong."
  }
}
''')

ph("openapi_paths_object_unchanged.json", r'''
{
  "openapi": "3.0.3",
  "info": {
    "title": "Inventory API",
    "version": "1.3.0"
  },
  "servers": [{ "url": "https://api.example.com/v1" }],
  "paths": {
    "/items": {
      "get": {
        "summary": "List items",
        "parameters": [
          { "name": "limit", "in": "query", "schema": { "type": "integer", "maximum": 100 } }
        ],
        "responses": {
          "200": { "description": "OK" }
        }
      }
    },
    "/items/{id}": {
      "...": "unchanged"
    }
  },
  "components": {
    "securitySchemes": {
      "bearerAuth": { "type": "http", "scheme": "bearer" }
    }
  }
}
''')

ph("eslintrc_rules_bare_dots.json", r'''
{
  "root": true,
  "extends": ["next/core-web-vitals", "plugin:@typescript-eslint/recommended", "prettier"],
  "plugins": ["@typescript-eslint", "simple-import-sort"],
  "rules": {
    "simple-import-sort/imports": "error",
    "simple-import-sort/exports": "error",
    "@typescript-eslint/no-unused-vars": ["error", { "argsIgnorePattern": "^_" }],
    ...
  },
  "ignorePatterns": ["node_modules/", ".next/", "out/"]
}
''', parses=False)

ph("fixtures_users_array_ellipsis_element.json", r'''
[
  {
    "id": 1,
    "username": "alice",
    "email": "alice@example.com",
    "role": "admin",
    "active": true
  },
  {
    "id": 2,
    "username": "bob",
    "email": "bob@example.com",
    "role": "editor",
    "active": true
  },
  {
    "id": 3,
    "username": "carol",
    "email": "carol@example.com",
    "role": "viewer",
    "active": false
  },
  "..."
]
''')

ph("lerna_packages_trailing_bare_ellipsis.json", r'''
{
  "$schema": "node_modules/lerna/schemas/lerna-schema.json",
  "version": "independent",
  "npmClient": "pnpm",
  "packages": [
    "packages/core",
    "packages/cli",
    "packages/plugin-react",
    ...
  ],
  "command": {
    "publish": {
      "conventionalCommits": true,
      "message": "chore(release): publish",
      "registry": "https://registry.npmjs.org/"
    },
    "version": {
      "allowBranch": ["main", "release/*"]
    }
  }
}
''', parses=False)

ph("firebase_hosting_same_as_before.json", r'''
{
  "firestore": {
    "rules": "firestore.rules",
    "indexes": "firestore.indexes.json"
  },
  "functions": [
    {
      "source": "functions",
      "codebase": "default",
      "runtime": "nodejs20",
      "predeploy": ["npm --prefix \"$RESOURCE_DIR\" run build"]
    }
  ],
  "hosting": {
    "...": "same as before"
  },
  "emulators": {
    "auth": { "port": 9099 },
    "functions": { "port": 5001 },
    "firestore": { "port": 8080 },
    "hosting": { "port": 5000 },
    "ui": { "enabled": true }
  }
}
''')

# ---- JSONC (comments allowed) ----

ph("tsconfig_compiler_options/tsconfig.json", r'''
{
  "compilerOptions": {
    "target": "ES2022",
    "lib": ["ES2022", "DOM", "DOM.Iterable"],
    "module": "ESNext",
    "moduleResolution": "Bundler",
    "jsx": "react-jsx",
    "strict": true,
    "noUncheckedIndexedAccess": true,
    // ... other compiler options
    "baseUrl": ".",
    "paths": {
      "@/*": ["src/*"]
    }
  },
  "include": ["src", "vite-env.d.ts"],
  "references": [{ "path": "./tsconfig.node.json" }]
}
''')

ph("vscode_settings_rest/.vscode/settings.json", r'''
{
  "editor.formatOnSave": true,
  "editor.defaultFormatter": "esbenp.prettier-vscode",
  "editor.codeActionsOnSave": {
    "source.fixAll.eslint": "explicit",
    "source.organizeImports": "never"
  },
  "[python]": {
    "editor.defaultFormatter": "charliermarsh.ruff",
    "editor.tabSize": 4
  },
  "typescript.tsdk": "node_modules/typescript/lib",
  // (rest of your settings)
  "files.exclude": {
    "**/.turbo": true,
    "**/node_modules": true
  }
}
''')

ph("vscode_launch_configurations/.vscode/launch.json", r'''
{
  "version": "0.2.0",
  "configurations": [
    {
      "type": "node",
      "request": "launch",
      "name": "API: debug",
      "runtimeExecutable": "pnpm",
      "runtimeArgs": ["--filter", "api", "dev"],
      "console": "integratedTerminal",
      "skipFiles": ["<node_internals>/**"],
      "env": { "NODE_ENV": "development" }
    },
    {
      "type": "node",
      "request": "attach",
      "name": "Attach to 9229",
      "port": 9229,
      "restart": true
    }
    // other configurations unchanged
  ]
}
''')

ph("devcontainer_features/.devcontainer/devcontainer.json", r'''
{
  "name": "api-dev",
  "image": "mcr.microsoft.com/devcontainers/typescript-node:1-20-bookworm",
  "features": {
    "ghcr.io/devcontainers/features/docker-in-docker:2": {},
    /* existing features */
  },
  "forwardPorts": [3000, 5432],
  "postCreateCommand": "pnpm install --frozen-lockfile",
  "customizations": {
    "vscode": {
      "extensions": ["dbaeumer.vscode-eslint", "esbenp.prettier-vscode", "prisma.prisma"]
    }
  },
  "remoteUser": "node"
}
''')

ph("tsconfig_references_and_so_on/tsconfig.json", r'''
{
  "files": [],
  "compilerOptions": {
    "composite": true,
    "declaration": true,
    "declarationMap": true,
    "incremental": true
  },
  "references": [
    { "path": "./packages/shared" },
    { "path": "./packages/db" },
    { "path": "./packages/api" },
    // …and so on for each package
  ]
}
''')

ph("biome_config_keep_lint_rules.jsonc", r'''
{
  "$schema": "https://biomejs.dev/schemas/1.8.3/schema.json",
  "organizeImports": { "enabled": true },
  "formatter": {
    "enabled": true,
    "indentStyle": "space",
    "indentWidth": 2,
    "lineWidth": 100
  },
  "linter": {
    "enabled": true,
    "rules": {
      "recommended": true,
      "suspicious": {
        "noExplicitAny": "warn"
      }
      // keep existing lint rules
    }
  },
  "files": {
    "ignore": ["dist", "coverage", "*.gen.ts"]
  }
}
''')

ph("vscode_extensions_more/.vscode/extensions.json", r'''
{
  // See https://go.microsoft.com/fwlink/?LinkId=827846 to learn about workspace recommendations.
  "recommendations": [
    "dbaeumer.vscode-eslint",
    "esbenp.prettier-vscode",
    "bradlc.vscode-tailwindcss",
    "ms-playwright.playwright",
    // ... more extensions
  ],
  "unwantedRecommendations": [
    "hookyqr.beautify"
  ]
}
''')

ph("turbo_tasks_same_for_lint.jsonc", r'''
{
  "$schema": "https://turbo.build/schema.json",
  "globalDependencies": ["**/.env.*local"],
  "globalEnv": ["NODE_ENV", "CI"],
  "tasks": {
    "build": {
      "dependsOn": ["^build"],
      "inputs": ["$TURBO_DEFAULT$", ".env*"],
      "outputs": ["dist/**", ".next/**", "!.next/cache/**"]
    },
    // same for lint and test tasks
    "dev": {
      "cache": false,
      "persistent": true
    }
  }
}
''')
