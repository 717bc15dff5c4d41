export const messages = {
  common: {
    save: "Save",
    cancel: "Cancel",
    delete: "Delete",
    loading: "Loading…",
  },
  auth: {
    signIn: "Sign in",
    signOut: "Sign out",
    forgotPassword: "Forgot your password?",
    invalidCredentials: "The email or password you entered is incorrect.",
  },
  checkout: {
    title: "Checkout",
    placeOrder: "Place order",
    emptyCart: "Your cart is empty.",
    paymentFailed: "We couldn't process your payment. Please check your card details and try aga