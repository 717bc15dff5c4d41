import type { ReactNode } from 'react';

export interface ButtonProps {
  variant?: 'primary' | 'secondary';
  onClick?: () => void;
  children: ReactNode;

export interface InputProps {
  value: string;
  onChange(value: string): void;
  placeholder?: string;
}

export declare function Button(props: ButtonProps): JSX.Element;
export declare function Input(props: InputProps): JSX.Element;
