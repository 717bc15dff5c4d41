from common import F
L = "placeholder"
J = "json"

F(L, "package.json", J, "string-marker elision (valid JSON): line 13 '\"...\": \"...\"' replaces the remaining npm scripts", r'''
{
  "name": "@acme/storefront",
  "version": "3.8.1",
  "private": true,
  "type": "module",
  "engines": {
    "node": ">=20"
  },
  "scripts": {
    "dev": "vite",
    "build": "tsc -b && vite build",
    "preview": "vite preview",
    "...": "..."
  },
  "dependencies": {
    "react": "^18.3.1",
    "react-dom": "^18.3.1",
    "react-router-dom": "^6.23.0",
    "zustand": "^4.5.2"
  },
  "devDependencies": {
    "@types/react": "^18.3.1",
    "@vitejs/plugin-react": "^4.2.1",
    "typescript": "^5.4.5",
    "vite": "^5.2.11",
    "vitest": "^1.6.0"
  }
}
''')

F(L, "composer.json", J, "syntax-breaking elision: line 11 '// ... rest of require' inside the require object", r'''
{
    "name": "acme/billing",
    "description": "Billing service",
    "type": "project",
    "license": "proprietary",
    "require": {
        "php": "^8.2",
        "laravel/framework": "^11.0",
        "guzzlehttp/guzzle": "^7.8",
        // ... rest of require
    },
    "require-dev": {
        "phpunit/phpunit": "^11.0",
        "laravel/pint": "^1.15"
    },
    "autoload": {
        "psr-4": {
            "App\\": "app/",
            "Database\\Factories\\": "database/factories/"
        }
    },
    "config": {
        "optimize-autoloader": true,
        "sort-packages": true
    },
    "minimum-stability": "stable"
}
''')

F(L, "src/Api/appsettings.json", J, "syntax-breaking elision: bare '...' at line 13 between two properties", r'''
{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning",
      "Microsoft.EntityFrameworkCore.Database.Command": "Warning"
    }
  },
  "AllowedHosts": "*",
  "ConnectionStrings": {
    "Default": "Host=localhost;Database=shop;Username=shop;Password=shop"
  },
  ...
  "Jwt": {
    "Issuer": "https://auth.acme.io",
    "Audience": "shop-api",
    "ExpiryMinutes": 60
  },
  "Cors": {
    "Origins": [ "https://shop.acme.io", "http://localhost:5173" ]
  }
}
''')

F(L, "extension/manifest.json", J, "string-marker elision (valid JSON): line 8 '\"...\"' ends the permissions array as a placeholder string", r'''
{
  "manifest_version": 3,
  "name": "Tab Tidy",
  "version": "1.6.0",
  "description": "Group, sort and suspend tabs.",
  "permissions": [
    "tabs",
    "storage",
    "..."
  ],
  "background": {
    "service_worker": "background.js",
    "type": "module"
  },
  "action": {
    "default_popup": "popup.html",
    "default_icon": {
      "16": "icons/16.png",
      "32": "icons/32.png",
      "128": "icons/128.png"
    }
  },
  "commands": {
    "group-tabs": {
      "suggested_key": { "default": "Alt+Shift+G" },
      "description": "Group tabs by domain"
    }
  }
}
''')

F(L, "data/countries.json", J, "syntax-breaking elision: line 12 lone '…' cuts the array of countries in the middle", r'''
[
  { "code": "AT", "name": "Austria", "currency": "EUR", "dial": "+43" },
  { "code": "BE", "name": "Belgium", "currency": "EUR", "dial": "+32" },
  { "code": "CH", "name": "Switzerland", "currency": "CHF", "dial": "+41" },
  { "code": "CZ", "name": "Czechia", "currency": "CZK", "dial": "+420" },
  { "code": "DE", "name": "Germany", "currency": "EUR", "dial": "+49" },
  { "code": "DK", "name": "Denmark", "currency": "DKK", "dial": "+45" },
  { "code": "ES", "name": "Spain", "currency": "EUR", "dial": "+34" },
  { "code": "FR", "name": "France", "currency": "EUR", "dial": "+33" },
  …
  { "code": "SE", "name": "Sweden", "currency": "SEK", "dial": "+46" },
  { "code": "SK", "name": "Slovakia", "currency": "EUR", "dial": "+421" }
]
''')

F(L, "config/default.json", J, "string-marker elision (valid JSON): line 9 '\"database\": \"<existing config>\",' replaces the database object", r'''
{
  "app": {
    "name": "ledger",
    "port": 3000,
    "baseUrl": "http://localhost:3000",
    "trustProxy": false
  },
  "database": "<existing config>",
  "redis": {
    "host": "127.0.0.1",
    "port": 6379,
    "db": 0,
    "keyPrefix": "ledger:"
  },
  "mail": {
    "from": "Ledger <no-reply@acme.io>",
    "transport": "smtp",
    "smtp": {
      "host": "localhost",
      "port": 1025,
      "secure": false
    }
  },
  "features": {
    "exports": true,
    "multiCurrency": false
  }
}
''')

F(L, "renovate.json", J, "string-marker elision (valid JSON): line 24 '\"... (remaining rules unchanged)\"' ends the packageRules array", r'''
{
  "$schema": "https://docs.renovatebot.com/renovate-schema.json",
  "extends": [
    "config:recommended",
    ":semanticCommits",
    ":timezone(Europe/Berlin)"
  ],
  "schedule": ["before 6am on monday"],
  "labels": ["dependencies"],
  "prConcurrentLimit": 5,
  "packageRules": [
    {
      "matchUpdateTypes": ["minor", "patch"],
      "matchCurrentVersion": "!/^0/",
      "automerge": true
    },
    {
      "matchPackagePatterns": ["^@types/"],
      "groupName": "type definitions",
      "automerge": true
    },
    "... (remaining rules unchanged)"
  ]
}
''')

F(L, "docs/openapi.json", J, "syntax-breaking elision: line 30 bare '...' after a comma in the paths object", r'''
{
  "openapi": "3.1.0",
  "info": {
    "title": "Inventory API",
    "version": "2.0.0"
  },
  "paths": {
    "/items": {
      "get": {
        "operationId": "listItems",
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": { "type": "array", "items": { "$ref": "#/components/schemas/Item" } }
              }
            }
          }
        }
      }
    },
    "/items/{id}": {
      "get": {
        "operationId": "getItem",
        "parameters": [{ "name": "id", "in": "path", "required": true, "schema": { "type": "string" } }],
        "responses": { "200": { "description": "OK" }, "404": { "description": "Not found" } }
      }
    },
    ...
  },
  "components": {
    "schemas": {
      "Item": {
        "type": "object",
        "properties": { "id": { "type": "string" }, "qty": { "type": "integer" } }
      }
    }
  }
}
''')

F(L, "firebase.json", J, "syntax-breaking elision: line 19 '/* hosting config unchanged */' block comment as the value of hosting", r'''
{
  "firestore": {
    "rules": "firestore.rules",
    "indexes": "firestore.indexes.json"
  },
  "functions": [
    {
      "source": "functions",
      "codebase": "default",
      "ignore": ["node_modules", ".git", "*.local"],
      "predeploy": ["npm --prefix \"$RESOURCE_DIR\" run build"]
    }
  ],
  "storage": {
    "rules": "storage.rules"
  },
  "hosting": {
    /* hosting config unchanged */
  },
  "emulators": {
    "auth": { "port": 9099 },
    "functions": { "port": 5001 },
    "firestore": { "port": 8080 },
    "ui": { "enabled": true }
  }
}
''')

F(L, "locales/en.json", J, "string-marker elision (valid JSON): line 18 '\"_comment\": \"rest of the translations as before\"' replaces the remaining keys", r'''
{
  "app": {
    "title": "Field Notes",
    "tagline": "Capture what you see"
  },
  "nav": {
    "home": "Home",
    "notes": "Notes",
    "map": "Map",
    "settings": "Settings"
  },
  "notes": {
    "empty": "No notes yet. Tap + to add one.",
    "delete_confirm": "Delete this note? This cannot be undone.",
    "saved": "Saved {{time}}"
  },
  "_comment": "rest of the translations as before"
}
''')

F(L, "babel.config.json", J, "syntax-breaking elision: line 16 plugins array contains a bare '...'", r'''
{
  "presets": [
    [
      "@babel/preset-env",
      {
        "targets": "> 0.5%, last 2 versions, not dead",
        "useBuiltIns": "usage",
        "corejs": "3.37"
      }
    ],
    ["@babel/preset-react", { "runtime": "automatic" }],
    "@babel/preset-typescript"
  ],
  "plugins": [
    ...
  ],
  "env": {
    "test": {
      "presets": [["@babel/preset-env", { "targets": { "node": "current" } }]]
    }
  }
}
''')

F(L, "schemas/customer.schema.json", J, "string-marker elision (valid JSON): line 22 '\"TODO\": \"add remaining properties like above\"' inside properties, while required lists phone/address", r'''
{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://acme.io/schemas/customer.json",
  "title": "Customer",
  "type": "object",
  "required": ["id", "email", "phone", "address"],
  "properties": {
    "id": {
      "type": "string",
      "format": "uuid"
    },
    "email": {
      "type": "string",
      "format": "email"
    },
    "name": {
      "type": "string",
      "minLength": 1,
      "maxLength": 120
    },
    "TODO": "add remaining properties like above"
  },
  "additionalProperties": false
}
''')

F(L, "vercel.json", J, "string-marker elision (valid JSON): line 13 '\"[previous rewrites]\"' is the only rewrites entry, a string instead of rewrite objects", r'''
{
  "$schema": "https://openapi.vercel.sh/vercel.json",
  "framework": "nextjs",
  "regions": ["fra1"],
  "redirects": [
    { "source": "/blog/:slug", "destination": "/posts/:slug", "permanent": true },
    { "source": "/docs", "destination": "https://docs.acme.io", "permanent": false }
  ],
  "rewrites": [
    "[previous rewrites]"
  ],
  "headers": [
    {
      "source": "/(.*)",
      "headers": [
        { "key": "X-Frame-Options", "value": "DENY" },
        { "key": "Referrer-Policy", "value": "strict-origin-when-cross-origin" }
      ]
    }
  ],
  "cleanUrls": true,
  "trailingSlash": false
}
''')

F(L, "mobile/app.json", J, "syntax-breaking elision: line 20 '<existing code>' between the ios and web objects", r'''
{
  "expo": {
    "name": "Trailhead",
    "slug": "trailhead",
    "version": "2.1.0",
    "orientation": "portrait",
    "icon": "./assets/icon.png",
    "userInterfaceStyle": "automatic",
    "splash": {
      "image": "./assets/splash.png",
      "resizeMode": "contain",
      "backgroundColor": "#0b3d2e"
    },
    "ios": {
      "supportsTablet": true,
      "bundleIdentifier": "io.acme.trailhead"
    },
    <existing code>
    "web": {
      "bundler": "metro",
      "favicon": "./assets/favicon.png"
    },
    "plugins": ["expo-router", "expo-location"]
  }
}
''')

F(L, "test/fixtures/users.json", J, "syntax-breaking elision: line 23 '{ ... }' stands for the remaining user objects", r'''
{
  "users": [
    {
      "id": "u_01",
      "email": "ada@example.com",
      "name": "Ada Lovelace",
      "roles": ["admin"],
      "active": true
    },
    {
      "id": "u_02",
      "email": "grace@example.com",
      "name": "Grace Hopper",
      "roles": ["editor"],
      "active": true
    },
    {
      "id": "u_03",
      "email": "alan@example.com",
      "name": "Alan Turing",
      "roles": ["viewer"],
      "active": false
    },
    { ... }
  ],
  "total": 6
}
''')

F(L, "angular.json", J, "string-marker elision (valid JSON): line 31 '\"budgets\": \"(same as before)\",' replaces the budgets array", r'''
{
  "$schema": "./node_modules/@angular/cli/lib/config/schema.json",
  "version": 1,
  "newProjectRoot": "projects",
  "projects": {
    "portal": {
      "projectType": "application",
      "root": "",
      "sourceRoot": "src",
      "prefix": "app",
      "architect": {
        "build": {
          "builder": "@angular-devkit/build-angular:application",
          "options": {
            "outputPath": "dist/portal",
            "index": "src/index.html",
            "browser": "src/main.ts",
            "polyfills": ["zone.js"],
            "tsConfig": "tsconfig.app.json",
            "assets": ["src/favicon.ico", "src/assets"],
            "styles": ["src/styles.scss"]
          },
          "configurations": {
            "production": {
              "budgets": "(same as before)",
              "outputHashing": "all"
            },
            "development": {
              "optimization": false,
              "extractLicenses": false,
              "sourceMap": true
            }
          },
          "defaultConfiguration": "production"
        }
      }
    }
  }
}
''')
