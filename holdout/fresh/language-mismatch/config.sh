{
  "name": "deploy-tools",
  "version": "1.0.0",
  "scripts": {
    "deploy": "./scripts/deploy.sh",
    "lint": "shellcheck scripts/*.sh"
  },
  "devDependencies": {
    "shellcheck": "^3.0.0"
  },
  "engines": {
    "node": ">=20"
  }
}
