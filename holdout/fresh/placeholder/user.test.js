const request = require('supertest');
const app = require('../app');

describe('POST /users', () => {
  it('creates a user', async () => {
    const res = await request(app).post('/users').send({ email: 'a@b.co', name: 'A' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ email: 'a@b.co' });
  });

  it('rejects duplicate emails', async () => {
    await request(app).post('/users').send({ email: 'dup@b.co', name: 'A' });
    const res = await request(app).post('/users').send({ email: 'dup@b.co', name: 'B' });
    expect(res.status).toBe(409);
  });

  // <existing tests>
});
