type User {
  id: ID!
  email: String!
  name: String
  posts(first: Int = 10, after: String): PostConnection!
}

type Post {
  id: ID!
  title: String!
  body: String!
  author: User!
}

type PostConnection {
  edges: [Post!]!
  endCursor: String
  hasNextPage: Boolean!
}

type Query {
  me: User
  post(id: ID!): Post
}
