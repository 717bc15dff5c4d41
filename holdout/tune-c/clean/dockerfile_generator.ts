export interface ImageSpec {
  nodeVersion: string;
  port: number;
  buildCommand?: string;
  startCommand: string[];
}

export function renderDockerfile(spec: ImageSpec): string {
  const build = spec.buildCommand ?? 'npm run build';
  return [
    `FROM node:${spec.nodeVersion}-alpine AS build`,
    'WORKDIR /app',
    'COPY package*.json ./',
    'RUN npm ci',
    'COPY . .',
    `RUN ${build}`,
    '',
    `FROM node:${spec.nodeVersion}-alpine`,
    'WORKDIR /app',
    'ENV NODE_ENV=production',
    'COPY --from=build /app/dist ./dist',
    'COPY --from=build /app/node_modules ./node_modules',
    `EXPOSE ${spec.port}`,
    `CMD ${JSON.stringify(spec.startCommand)}`,
    '',
  ].join('\n');
}

export const defaultSpec: ImageSpec = {
  nodeVersion: '20',
  port: 3000,
  startCommand: ['node', 'dist/server.js'],
};
