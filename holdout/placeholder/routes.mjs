import { lazy } from 'react';

const Home = lazy(() => import('./pages/Home.jsx'));
const Login = lazy(() => import('./pages/Login.jsx'));
const Orders = lazy(() => import('./pages/Orders.jsx'));
const OrderDetail = lazy(() => import('./pages/OrderDetail.jsx'));

export const routes = [
  { path: '/', element: Home, public: true },
  { path: '/login', element: Login, public: true },
  { path: '/orders', element: Orders },
  { path: '/orders/:orderId', element: OrderDetail },
  // ... other routes ...
];

export function findRoute(pathname) {
  return routes.find(({ path }) => {
    const pattern = new RegExp(`^${path.replace(/:[^/]+/g, '[^/]+')}$`);
    return pattern.test(pathname);
  });
}

export const publicPaths = routes.filter((r) => r.public).map((r) => r.path);
