import { GraphQLError } from 'graphql';
import type { Resolvers } from './__generated__/types';
import type { Context } from './context';

export const resolvers: Resolvers<Context> = {
  Query: {
    me: (_parent, _args, { user }) => user ?? null,
    project: async (_parent, { id }, { dataSources, user }) => {
      if (!user) throw new GraphQLError('Not authenticated', { extensions: { code: 'UNAUTHENTICATED' } });
      const project = await dataSources.projects.findById(id);
      if (!project || project.ownerId !== user.id) return null;
      return project;
    },
    projects: (_parent, { first, after }, { dataSources, user }) =>
      dataSources.projects.listForOwner(user!.id, { first: first ?? 20, after }),
  },

  Mutation: { ... },

  Project: {
    owner: (project, _args, { dataSources }) => dataSources.users.findById(project.ownerId),
    tasks: (project, { status }, { dataSources }) => dataSources.tasks.listForProject(project.id, status),
  },

  Task: {
    assignee: (task, _args, { dataSources }) =>
      task.assigneeId ? dataSources.users.findById(task.assigneeId) : null,
  },
};
