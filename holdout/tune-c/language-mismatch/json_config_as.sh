{
  "$schema": "https://json.schemastore.org/renovate",
  "extends": ["config:recommended", ":semanticCommits"],
  "timezone": "Europe/Berlin",
  "schedule": ["before 6am on monday"],
  "packageRules": [
    {
      "matchUpdateTypes": ["minor", "patch"],
      "matchCurrentVersion": "!/^0/",
      "automerge": true
    },
    {
      "matchPackagePatterns": ["^@types/"],
      "groupName": "type definitions"
    }
  ],
  "lockFileMaintenance": { "enabled": true }
}
