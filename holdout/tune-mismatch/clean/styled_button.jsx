import styled, { css, keyframes } from "styled-components";

const spin = keyframes`
  from { transform: rotate(0deg); }
  to { transform: rotate(360deg); }
`;

const variants = {
  primary: css`
    background: #4f46e5;
    color: #fff;
    &:hover:not(:disabled) { background: #4338ca; }
  `,
  ghost: css`
    background: transparent;
    color: #4f46e5;
    border: 1px solid currentColor;
  `,
};

export const StyledButton = styled.button`
  display: inline-flex;
  align-items: center;
  gap: 0.5rem;
  padding: 0.5rem 1rem;
  border: none;
  border-radius: 6px;
  font: 600 14px/1.2 "Inter", sans-serif;
  cursor: pointer;
  ${({ variant = "primary" }) => variants[variant]}

  &:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }

  .spinner {
    width: 14px;
    height: 14px;
    border: 2px solid currentColor;
    border-right-color: transparent;
    border-radius: 50%;
    animation: ${spin} 0.7s linear infinite;
  }
`;

export default function Button({ loading, children, ...props }) {
  return (
    <StyledButton disabled={loading} {...props}>
      {loading && <span className="spinner" aria-hidden="true" />}
      {children}
    </StyledButton>
  );
}
