import { createBrowserRouter } from 'react-router-dom';
import { Root } from './Root';
import { Home } from './pages/Home';
import { Orders } from './pages/Orders';
import { OrderDetail } from './pages/OrderDetail';

export const router = createBrowserRouter([
  {
    path: '/',
    element: <Root />,
    children: [
      { index: true, element: <Home /> },
      { path: 'orders', element: <Orders /> },
      { path: 'orders/:id', element: <OrderDetail /> },