import Fastify from 'fastify';
import cors from '@fastify/cors';
import { routes } from './routes';

const app = Fastify({ logger: true });
const port = Number(process.env.PORT ?? 3000);

await app.register(cors, { origin: true });
await app.register(routes, { prefix: '/api' });

await app.listen({ port, host: '0.0.0.0' });
app.log.info(`listening on ${po