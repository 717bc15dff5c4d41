import request from 'supertest';
import { createApp } from '../src/app.js';
import { resetDatabase, createUser } from './helpers/db.js';

let app;

// same setup as in users.test.js, duplicated on purpose so each file is self-contained
beforeAll(async () => {
  await resetDatabase();
  await createUser({ email: 'ada@example.com', password: 'correct horse' });
  app = createApp();
});

describe('POST /sessions', () => {
  it('logs in with valid credentials', async () => {
    const res = await request(app)
      .post('/sessions')
      .send({ email: 'ada@example.com', password: 'correct horse' });
    expect(res.status).toBe(201);
    expect(res.headers['set-cookie']).toBeDefined();
  });

  it('rejects a wrong password', async () => {
    const res = await request(app).post('/sessions').send({ email: 'ada@example.com', password: 'nope' });
    expect(res.status).toBe(401);
  });

  it.todo('locks the account after five failed attempts');
});
