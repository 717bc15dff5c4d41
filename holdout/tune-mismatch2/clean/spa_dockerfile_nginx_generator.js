// Writes a Dockerfile and nginx.conf for a static single-page app.
const { writeFileSync } = require("node:fs");

const nodeVersion = process.env.NODE_VERSION || "20";
const apiUpstream = process.env.API_UPSTREAM || "http://api:8080";

const dockerfile = `# syntax=docker/dockerfile:1
FROM node:${nodeVersion}-alpine AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci
COPY . .
RUN npm run build

FROM nginx:1.27-alpine
COPY --from=build /app/dist /usr/share/nginx/html
COPY nginx.conf /etc/nginx/conf.d/default.conf
EXPOSE 80
HEALTHCHECK CMD wget -qO- http://localhost/healthz || exit 1
`;

const nginxConf = `server {
    listen 80;
    root /usr/share/nginx/html;

    location = /healthz {
        access_log off;
        return 200 "ok";
    }

    location /api/ {
        proxy_pass ${apiUpstream}/;
        proxy_set_header Host $host;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    }

    location / {
        try_files $uri $uri/ /index.html;
    }
}
`;

writeFileSync("Dockerfile", dockerfile);
writeFileSync("nginx.conf", nginxConf);
console.log("wrote Dockerfile and nginx.conf");
