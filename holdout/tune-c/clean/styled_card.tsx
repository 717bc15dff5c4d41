import styled, { css } from 'styled-components';

type Tone = 'neutral' | 'danger';

const Card = styled.article<{ $tone: Tone }>`
  display: grid;
  gap: 0.75rem;
  padding: 1.25rem 1.5rem;
  border-radius: 12px;
  border: 1px solid var(--border);
  background: var(--surface);

  ${({ $tone }) =>
    $tone === 'danger' &&
    css`
      border-color: #e5484d;
      background: #fff5f5;
    `}

  h2 {
    margin: 0;
    font-size: 1.125rem;
  }

  @media (max-width: 640px) {
    padding: 1rem;
  }
`;

interface AlertCardProps {
  title: string;
  tone?: Tone;
  children: React.ReactNode;
}

export function AlertCard({ title, tone = 'neutral', children }: AlertCardProps) {
  return (
    <Card $tone={tone} role={tone === 'danger' ? 'alert' : undefined}>
      <h2>{title}</h2>
      <div>{children}</div>
    </Card>
  );
}
