from common import F
L = "clean"
J = "json"

F(L, "package.json", J, "valid package.json: scripts containing 'echo Building...' and '&&', description with 'etc.'; '...' only inside strings", r'''
{
  "name": "@acme/docs-site",
  "version": "1.12.0",
  "description": "Docs site: guides, API reference, changelog, etc.",
  "private": true,
  "scripts": {
    "prebuild": "echo Building docs... && node scripts/check-links.mjs",
    "build": "astro build",
    "dev": "astro dev --host",
    "lint": "eslint . && prettier --check \"src/**/*.{ts,astro,md}\"",
    "test": "vitest run --reporter=dot"
  },
  "dependencies": {
    "astro": "^4.8.0",
    "@astrojs/mdx": "^3.0.0"
  },
  "devDependencies": {
    "eslint": "^8.57.0",
    "prettier": "^3.2.5",
    "vitest": "^1.6.0"
  }
}
''')

F(L, "locales/en.json", J, "valid i18n JSON for a chat widget: values 'Loading...', 'Let me know if you need anything else!', 'Here is a summary of your conversation:', 'Note: ...'", r'''
{
  "chat": {
    "title": "Support",
    "placeholder": "Type a message...",
    "typing": "Agent is typing…",
    "welcome": "Hi! I'm the Acme assistant. Ask me anything about your account.",
    "summaryIntro": "Here is a summary of your conversation:",
    "closing": "Let me know if you need anything else!",
    "note": "Note: conversations are kept for 30 days."
  },
  "status": {
    "loading": "Loading...",
    "unchanged": "No changes to save",
    "retry": "Something went wrong. Try again in a few seconds..."
  }
}
''')

F(L, "test/fixtures/transcript.json", J, "valid JSON test fixture holding a chat transcript whose assistant messages are LLM chatter ('Sure! Here's the updated config:', 'Let me know...')", r'''
{
  "id": "conv_7f3a",
  "model": "assistant-small",
  "messages": [
    {
      "role": "user",
      "content": "Can you add caching to my workflow?"
    },
    {
      "role": "assistant",
      "content": "Sure! Here's the updated workflow with caching enabled:\n\n```yaml\n- uses: actions/cache@v4\n```\n\nLet me know if you need anything else!"
    },
    {
      "role": "user",
      "content": "Thanks, and keep the rest of the jobs unchanged."
    }
  ],
  "expected": {
    "strip_prose": true,
    "keep": ["```yaml", "actions/cache@v4"]
  }
}
''')

F(L, "composer.json", J, "valid composer.json: description with '...', script entries with '--' args and '@' references", r'''
{
    "name": "acme/reporting",
    "description": "PDF and CSV reports for invoices, payouts, taxes...",
    "type": "library",
    "license": "MIT",
    "require": {
        "php": ">=8.2",
        "dompdf/dompdf": "^2.0",
        "league/csv": "^9.15"
    },
    "require-dev": {
        "phpunit/phpunit": "^11.1"
    },
    "autoload": {
        "psr-4": { "Acme\\Reporting\\": "src/" }
    },
    "scripts": {
        "test": "phpunit --testdox",
        "check": ["@test", "php -l src/Report.php"]
    }
}
''')

F(L, "schemas/patch.schema.json", J, "valid JSON Schema: descriptions with 'Note:', 'left unchanged', 'TODO'; examples containing '...'", r'''
{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "title": "ProfilePatch",
  "description": "Partial update. Note: properties you leave out stay unchanged.",
  "type": "object",
  "properties": {
    "displayName": {
      "type": "string",
      "maxLength": 80,
      "examples": ["Ada L...", "Grace"]
    },
    "bio": {
      "type": "string",
      "description": "Free text, Markdown allowed (headings, lists, etc.)",
      "examples": ["TODO: write a bio"]
    },
    "links": {
      "type": "array",
      "items": { "type": "string", "format": "uri" }
    }
  },
  "additionalProperties": false
}
''')

F(L, "extension/manifest.json", J, "valid extension manifest: description 'Summarize any page... and more'; no final newline", r'''
{
  "manifest_version": 3,
  "name": "TL;DR",
  "version": "2.0.1",
  "description": "Summarize any page in one click... and more.",
  "permissions": ["activeTab", "storage", "scripting"],
  "action": {
    "default_title": "Summarize this page",
    "default_popup": "popup.html"
  },
  "options_page": "options.html",
  "background": {
    "service_worker": "background.js",
    "type": "module"
  }
}''')

F(L, "docs/openapi.json", J, "valid OpenAPI JSON: example values '...' and description 'Here is an example ...'", r'''
{
  "openapi": "3.1.0",
  "info": {
    "title": "Snippets API",
    "version": "0.9.0",
    "description": "Here is an example: POST /snippets with a title and a body."
  },
  "paths": {
    "/snippets": {
      "post": {
        "requestBody": {
          "content": {
            "application/json": {
              "example": { "title": "Untitled...", "body": "..." }
            }
          }
        },
        "responses": {
          "201": { "description": "Created" }
        }
      }
    }
  }
}
''')

F(L, "renovate.json", J, "valid Renovate config with 'description' strings ('Keep the rest of the packages unchanged', 'as before', 'etc.')", r'''
{
  "$schema": "https://docs.renovatebot.com/renovate-schema.json",
  "extends": ["config:recommended"],
  "description": ["Only bump lockfiles on weekends; keep the rest of the packages unchanged."],
  "lockFileMaintenance": {
    "enabled": true,
    "schedule": ["every weekend"]
  },
  "packageRules": [
    {
      "description": "Pin GitHub Actions to digests, as before",
      "matchManagers": ["github-actions"],
      "pinDigests": true
    },
    {
      "description": "Group linters (eslint, prettier, etc.)",
      "matchPackagePatterns": ["^eslint", "^prettier"],
      "groupName": "linters"
    }
  ]
}
''')
