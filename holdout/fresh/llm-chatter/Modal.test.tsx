As requested, I've written tests for the Modal component using React Testing Library.

import { render, screen, fireEvent } from '@testing-library/react';
import { describe, it, expect, vi } from 'vitest';
import { Modal } from './Modal';

describe('Modal', () => {
  it('renders children when open', () => {
    render(<Modal open onClose={() => {}}>Hello</Modal>);
    expect(screen.getByText('Hello')).toBeInTheDocument();
  });

  it('calls onClose when Escape is pressed', () => {
    const onClose = vi.fn();
    render(<Modal open onClose={onClose}>Hi</Modal>);
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledOnce();
  });
});

These tests cover the two most important behaviours. Run them with `npx vitest`.
