import { createRouter, createWebHistory } from 'vue-router';
import { useAuthStore } from './stores/auth';
import HomeView from './views/HomeView.vue';

const routes = [
  { path: '/', name: 'home', component: HomeView },
  { path: '/login', name: 'login', component: () => import('./views/LoginView.vue') },
  {
    path: '/projects/:id',
    name: 'project',
    component: () => import('./views/ProjectView.vue'),
    props: true,
  },
  // /admin, /admin/users and /admin/billing — same lazy-import shape as the ones above
];

const router = createRouter({
  history: createWebHistory(import.meta.env.BASE_URL),
  routes,
});

router.beforeEach((to) => {
  const auth = useAuthStore();
  if (to.name?.startsWith('admin') && !auth.isAdmin) {
    return { name: 'login', query: { redirect: to.fullPath } };
  }
  return true;
});

export const adminNav = ['admin-users', 'admin-billing'];
export default router;
