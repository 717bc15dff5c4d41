import type { Resolvers } from './generated/types';
import { GraphQLError } from 'graphql';

export const resolvers: Resolvers = {
  Query: {
    post: (_parent, { id }, { dataSources }) => dataSources.posts.findById(id),
    posts: (_parent, { first, after }, { dataSources }) =>
      dataSources.posts.list({ first: first ?? 20, after }),
    me: (_parent, _args, { user }) => user,
  },

  Mutation: {
    createPost: async (_parent, { input }, { user, dataSources }) => {
      if (!user) throw new GraphQLError('not authenticated', { extensions: { code: 'UNAUTHENTICATED' } });
      return dataSources.posts.create({ ...input, authorId: user.id });
    },
    …updatePost, deletePost
  },

  Post: {
    author: (post, _args, { loaders }) => loaders.userById.load(post.authorId),
    commentCount: (post, _args, { dataSources }) => dataSources.comments.countFor(post.id),
  },
};
