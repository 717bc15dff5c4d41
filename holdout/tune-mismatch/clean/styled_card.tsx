import styled from "styled-components";
import type { ReactNode } from "react";

interface CardProps {
  $elevated?: boolean;
  $accent?: string;
}

const Wrapper = styled.section<CardProps>`
  position: relative;
  padding: 1.25rem 1.5rem;
  border-radius: 12px;
  background: ${({ theme }) => theme.colors.surface};
  border: 1px solid ${({ theme }) => theme.colors.border};
  box-shadow: ${({ $elevated }) => ($elevated ? "0 10px 30px rgba(0, 0, 0, 0.12)" : "none")};

  &::before {
    content: "";
    position: absolute;
    inset: 0 auto 0 0;
    width: 4px;
    border-radius: 12px 0 0 12px;
    background: ${({ $accent = "#6366f1" }) => $accent};
  }

  @media (max-width: 640px) {
    padding: 1rem;
  }
`;

const Title = styled.h3`
  margin: 0 0 0.5rem;
  font-size: 1.125rem;
  font-weight: 600;
`;

export function Card({ title, children, elevated }: { title: string; children: ReactNode; elevated?: boolean }) {
  return (
    <Wrapper $elevated={elevated}>
      <Title>{title}</Title>
      {children}
    </Wrapper>
  );
}
