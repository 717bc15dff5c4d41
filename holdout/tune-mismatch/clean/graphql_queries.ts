import { gql, type TypedDocumentNode } from "@apollo/client";

export interface RepoSummary {
  id: string;
  name: string;
  stargazerCount: number;
  primaryLanguage: { name: string; color: string | null } | null;
}

export const REPO_FIELDS = gql`
  fragment RepoFields on Repository {
    id
    name
    stargazerCount
    primaryLanguage {
      name
      color
    }
  }
`;

export const VIEWER_REPOS: TypedDocumentNode<
  { viewer: { repositories: { nodes: RepoSummary[] } } },
  { first: number; after?: string }
> = gql`
  ${REPO_FIELDS}
  query ViewerRepos($first: Int!, $after: String) {
    viewer {
      repositories(first: $first, after: $after, orderBy: { field: STARGAZERS, direction: DESC }) {
        nodes {
          ...RepoFields
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`;

export const STAR_REPO = gql`
  mutation StarRepo($id: ID!) {
    addStar(input: { starrableId: $id }) {
      starrable {
        stargazerCount
      }
    }
  }
`;
