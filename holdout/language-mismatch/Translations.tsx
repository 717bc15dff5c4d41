en:
  nav:
    home: Home
    shop: Shop
    account: My account
  cart:
    title: Your cart
    empty: Your cart is empty.
    checkout: Proceed to checkout
    items:
      one: "{{count}} item"
      other: "{{count}} items"
de:
  nav:
    home: Startseite
    shop: Shop
    account: Mein Konto
  cart:
    title: Dein Warenkorb
    empty: Dein Warenkorb ist leer.
    checkout: Zur Kasse
    items:
      one: "{{count}} Artikel"
      other: "{{count}} Artikel"
