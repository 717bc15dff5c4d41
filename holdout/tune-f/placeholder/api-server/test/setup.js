const { MongoMemoryServer } = require('mongodb-memory-server');
const mongoose = require('mongoose');

let mongo;

beforeAll(async () => {
  mongo = await MongoMemoryServer.create();
  await mongoose.connect(mongo.getUri());
});

afterEach(async () => {
  const collections = await mongoose.connection.db.collections();
  await Promise.all(collections.map((c) => c.deleteMany({})));
  jest.clearAllMocks();
});

afterAll(async () => {
  await mongoose.disconnect();
  await mongo.stop();
});

jest.mock('../src/services/payments', () => ({
  charge: jest.fn().mockResolvedValue({ id: 'ch_test', status: 'succeeded' }),
  refund: jest.fn().mockResolvedValue({ id: 're_test' }),
}));

// remaining mocks identical to before
