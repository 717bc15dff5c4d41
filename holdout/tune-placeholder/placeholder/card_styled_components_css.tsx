import styled, { css } from 'styled-components';
import type { ReactNode } from 'react';

const Wrapper = styled.article<{ $elevated?: boolean }>`
  display: flex;
  flex-direction: column;
  gap: 0.75rem;
  padding: 1.25rem;
  border-radius: 12px;
  background: ${({ theme }) => theme.colors.surface};
  /* ...existing styles... */
  ${({ $elevated }) =>
    $elevated &&
    css`
      box-shadow: 0 8px 24px rgba(0, 0, 0, 0.12);
    `}
`;

const Title = styled.h3`
  margin: 0;
  font-size: 1.125rem;
`;

export function Card({ title, elevated, children }: { title: string; elevated?: boolean; children: ReactNode }) {
  return (
    <Wrapper $elevated={elevated}>
      <Title>{title}</Title>
      {children}
    </Wrapper>
  );
}
