import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";

const typeDefs = `#graphql
  enum Genre {
    FICTION
    SCIENCE
    HISTORY
  }

  type Author {
    id: ID!
    name: String!
    books: [Book!]!
  }

  type Book {
    id: ID!
    title: String!
    genre: Genre!
    author: Author!
  }

  type Query {
    books(genre: Genre): [Book!]!
    author(id: ID!): Author
  }
`;

const authors = [
  { id: "a1", name: "Ursula K. Le Guin" },
  { id: "a2", name: "Carl Sagan" },
];

const books = [
  { id: "b1", title: "The Dispossessed", genre: "FICTION", authorId: "a1" },
  { id: "b2", title: "Cosmos", genre: "SCIENCE", authorId: "a2" },
];

const resolvers = {
  Query: {
    books: (_parent, { genre }) => (genre ? books.filter((b) => b.genre === genre) : books),
    author: (_parent, { id }) => authors.find((a) => a.id === id) ?? null,
  },
  Book: {
    author: (book) => authors.find((a) => a.id === book.authorId),
  },
  Author: {
    books: (author) => books.filter((b) => b.authorId === author.id),
  },
};

const server = new ApolloServer({ typeDefs, resolvers });
const { url } = await startStandaloneServer(server, { listen: { port: 4000 } });
console.log(`GraphQL ready at ${url}`);
