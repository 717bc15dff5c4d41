import { gql } from '@apollo/client';

export const PROJECT_FIELDS = gql`
  fragment ProjectFields on Project {
    id
    name
    updatedAt
    owner {
      id
      login
    }
  }
`;

export const GET_PROJECTS = gql`
  query GetProjects($first: Int = 20, $after: String) {
    viewer {
      projects(first: $first, after: $after) {
        nodes {
          ...ProjectFields
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
  ${PROJECT_FIELDS}
`;

export const RENAME_PROJECT = gql`
  mutation RenameProject($id: ID!, $name: String!) {
    renameProject(input: { id: $id, name: $name }) {
      project {
        ...ProjectFields
      }
    }
  }
  ${PROJECT_FIELDS}
`;

export interface RenameProjectVars {
  id: string;
  name: string;
}
