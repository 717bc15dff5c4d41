import type { Resolvers } from './generated/graphql';
import { requireUser } from './auth';

export const resolvers: Resolvers = {
  Query: {
    me: (_parent, _args, ctx) => requireUser(ctx),
    project: (_parent, { id }, ctx) => ctx.loaders.project.load(id),
    projects: async (_parent, { first, after }, ctx) => {
      const user = requireUser(ctx);
      return ctx.db.projects.paginate({ ownerId: user.id, first, after });
    },
  },
  Mutation: {
    // ...existing mutation resolvers
  },
  Project: {
    owner: (project, _args, ctx) => ctx.loaders.user.load(project.ownerId),
    members: (project, _args, ctx) => ctx.loaders.membersByProject.load(project.id),
  },
};
