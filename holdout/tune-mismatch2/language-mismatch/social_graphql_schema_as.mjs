type User {
  id: ID!
  username: String!
  avatarUrl: String
  posts(limit: Int = 10): [Post!]!
}

type Post {
  id: ID!
  body: String!
  author: User!
  likes: Int!
}

type Query {
  me: User
  feed(cursor: String): [Post!]!
}

type Subscription {
  postAdded: Post!
}
