import { createBrowserRouter } from 'react-router-dom';
import { RootLayout } from './layouts/RootLayout';
import { HomePage } from './pages/HomePage';
import { LoginPage } from './pages/LoginPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { requireUser } from './auth/loaders';

export const router = createBrowserRouter([
  {
    path: '/',
    element: <RootLayout />,
    errorElement: <NotFoundPage />,
    children: [
      { index: true, element: <HomePage /> },
      {
        path: 'settings',
        loader: requireUser,
        lazy: () => import('./pages/SettingsPage'),
      },
      // add remaining route definitions
    ],
  },
  { path: '/login', element: <LoginPage /> },
]);
