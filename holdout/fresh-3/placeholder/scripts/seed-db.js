#!/usr/bin/env node
require('dotenv').config();
const knex = require('knex')(require('../knexfile')[process.env.NODE_ENV || 'development']);
const { faker } = require('@faker-js/faker');

const categories = [
  { slug: 'hardware', name: 'Hardware' },
  { slug: 'software', name: 'Software' },
  { slug: 'services', name: 'Services' },
];

const products = [
  { sku: 'HW-001', name: 'USB-C Dock', category: 'hardware', price_cents: 12900 },
  { sku: 'HW-002', name: 'Mechanical Keyboard', category: 'hardware', price_cents: 8900 },
  { sku: 'SW-001', name: 'Backup Suite', ... },
];

async function seed() {
  await knex.transaction(async (trx) => {
    await trx('order_items').del();
    await trx('products').del();
    await trx('categories').del();

    const insertedCategories = await trx('categories').insert(categories).returning(['id', 'slug']);
    const idBySlug = Object.fromEntries(insertedCategories.map((c) => [c.slug, c.id]));

    await trx('products').insert(
      products.map(({ category, ...p }) => ({ ...p, category_id: idBySlug[category] }))
    );

    const customers = Array.from({ length: 25 }, () => ({
      email: faker.internet.email().toLowerCase(),
      full_name: faker.person.fullName(),
    }));
    await trx('customers').insert(customers);
  });
}

seed()
  .then(() => {
    console.log('Seed complete');
    return knex.destroy();
  })
  .catch((err) => {
    console.error(err);
    process.exit(1);
  });
