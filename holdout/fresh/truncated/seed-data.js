export const categories = [
  { id: 1, name: 'Books', slug: 'books' },
  { id: 2, name: 'Music', slug: 'music' },
];

export const products = [
  { id: 1, categoryId: 1, name: 'Clean Code', price: 32.5 },
  { id: 2, categoryId: 1, name: 'Refactoring', price: 41 },
  { id: 3, categoryId: 2, name: 'Kind of Blue', price: 19.99 },
  { id: 4, categoryId: 2, name: 'Ch