import type { ComponentPropsWithoutRef, ReactNode } from 'react';

type ListProps<T> = {
  items: T[];
  renderItem: (item: T) => ReactNode;
  pinned?: T[];
} & ComponentPropsWithoutRef<'ul'>;

export function List<T extends { id: string }>({ items, renderItem, pinned = [], ...rest }: ListProps<T>) {
  const all = [...pinned, ...items.filter((i) => !pinned.some((p) => p.id === i.id))];
  return (
    <ul {...rest}>
      {all.map((item) => (
        <li key={item.id}>{renderItem(item)}</li>
      ))}
    </ul>
  );
}
