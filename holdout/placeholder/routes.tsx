import { lazy } from "react";
import { createBrowserRouter, Navigate } from "react-router-dom";
import { AppLayout } from "./layouts/AppLayout";
import { RequireAuth } from "./auth/RequireAuth";

const Home = lazy(() => import("./pages/Home"));
const Orders = lazy(() => import("./pages/Orders"));
const OrderDetail = lazy(() => import("./pages/OrderDetail"));
const Billing = lazy(() => import("./pages/Billing"));

export const router = createBrowserRouter([
  {
    path: "/",
    element: <AppLayout />,
    children: [
      { index: true, element: <Home /> },
      // ...existing routes
      {
        path: "orders",
        element: (
          <RequireAuth>
            <Orders />
          </RequireAuth>
        ),
      },
      { path: "orders/:orderId", element: <OrderDetail /> },
      { path: "billing", element: <Billing /> },
      { path: "*", element: <Navigate to="/" replace /> },
    ],
  },
]);
