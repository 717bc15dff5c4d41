import { gql } from "@apollo/client";

export const REPO_FRAGMENT = gql`
  fragment RepoFields on Repository {
    id
    name
    description
    stargazerCount
    primaryLanguage {
      name
      color
    }
  }
`;

export const SEARCH_REPOS = gql`
  query SearchRepos($query: String!, $first: Int = 20, $after: String) {
    search(query: $query, type: REPOSITORY, first: $first, after: $after) {
      repositoryCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ... on Repository {
          ...RepoFields
        }
      }
    }
  }
  ${REPO_FRAGMENT}
`;

export const STAR_REPO = gql`
  mutation StarRepo($id: ID!) {
    addStar(input: { starrableId: $id }) {
      starrable {
        id
        stargazerCount
        viewerHasStarred
      }
    }
  }
`;

export type SearchReposVars = { query: string; first?: number; after?: string | null };
