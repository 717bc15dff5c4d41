"""
Schema for the bookstore service.
"""
scalar DateTime

enum OrderStatus {
  PENDING
  SHIPPED
  DELIVERED
  CANCELLED
}

type Author {
  id: ID!
  name: String!
  books(first: Int = 10): [Book!]!
}

type Book {
  id: ID!
  title: String!
  isbn: String
  author: Author!
  publishedAt: DateTime
}

type Query {
  book(id: ID!): Book
  books(search: String, first: Int = 20, after: String): [Book!]!
  author(id: ID!): Author
}

input PlaceOrderInput {
  bookIds: [ID!]!
  shippingAddress: String!
}

type Mutation {
  placeOrder(input: PlaceOrderInput!): OrderStatus!
}
