"use strict";
// Generates a Dockerfile for each service listed in services.json.
const fs = require("fs");
const path = require("path");

const services = JSON.parse(fs.readFileSync(path.join(__dirname, "services.json"), "utf8"));

function dockerfile({ name, node = "20", port = 3000, buildCmd = "npm run build" }) {
  return `# Auto-generated for ${name}; edit services.json instead.
FROM node:${node}-alpine AS build
WORKDIR /app
COPY package*.json ./
RUN npm ci
COPY . .
RUN ${buildCmd}

FROM node:${node}-alpine
WORKDIR /app
ENV NODE_ENV=production PORT=${port}
COPY --from=build /app/dist ./dist
COPY --from=build /app/node_modules ./node_modules
EXPOSE ${port}
HEALTHCHECK CMD wget -qO- http://localhost:${port}/health || exit 1
CMD ["node", "dist/index.js"]
`;
}

const entrypoint = `#!/bin/sh
set -e
if [ -n "$MIGRATE" ]; then
  node dist/migrate.js
fi
exec "$@"
`;

for (const svc of services) {
  const dir = path.join(__dirname, "..", "services", svc.name);
  fs.writeFileSync(path.join(dir, "Dockerfile"), dockerfile(svc));
  fs.writeFileSync(path.join(dir, "entrypoint.sh"), entrypoint, { mode: 0o755 });
  console.log(`wrote ${svc.name}/Dockerfile`);
}
