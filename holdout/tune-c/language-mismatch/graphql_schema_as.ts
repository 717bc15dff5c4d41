type Query {
  me: User
  project(id: ID!): Project
}

type User {
  id: ID!
  email: String!
  projects: [Project!]!
}

type Project {
  id: ID!
  name: String!
  owner: User!
}
