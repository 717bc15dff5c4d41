import express from 'express';
import { authenticate } from '../middleware/authenticate.js';
import { rateLimit } from '../middleware/rateLimit.js';
import * as orders from '../controllers/orders.controller.js';

const router = express.Router();

router.use(authenticate);

router.get('/', orders.list);
router.get('/:id', orders.show);
router.post('/', rateLimit({ windowMs: 60_000, max: 20 }), /* ... */, orders.create);
router.patch('/:id/status', orders.updateStatus);
router.delete('/:id', orders.cancel);

export default router;
