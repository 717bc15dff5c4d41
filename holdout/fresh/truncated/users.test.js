const request = require('supertest');
const app = require('../src/app');
const db = require('../src/db');

beforeAll(() => db.migrate.latest());
afterAll(() => db.destroy());

describe('GET /users/:id', () => {
  it('returns the user', async () => {
    const res = await request(app).get('/users/1');
    expect(res.status).toBe(200);
    expect(res.body.id).toBe(1);
  });

  it('returns 404 when the user does not ex