'use strict';

const knex = require('./knex');

async function paidOrdersSince(date, { limit = 100 } = {}) {
  return knex('orders')
    .select('orders.id', 'orders.total_cents', 'customers.email')
    .join('customers', 'customers.id', 'orders.customer_id')
    .where('orders.status', 'paid')
    .andWhere('orders.created_at', '>=', date)
    .orderBy('orders.created_at', 'desc')
    .