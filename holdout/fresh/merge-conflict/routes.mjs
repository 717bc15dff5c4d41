import { Router } from 'express';
import * as posts from './controllers/posts.mjs';

const router = Router();

router.get('/posts', posts.list);
<<<<<<< HEAD
router.get('/posts/:id', posts.show);
router.post('/posts', posts.create);
=======
router.get('/posts/:slug', posts.showBySlug);
router.post('/posts', requireAuth, posts.create);
>>>>>>> feature/slugs
router.delete('/posts/:id', posts.destroy);

export default router;
