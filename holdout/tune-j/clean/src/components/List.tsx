import type { ReactNode } from 'react';

interface ListProps<T> {
  items: T[];
  max?: number;
  renderItem: (item: T) => ReactNode;
  getKey: (item: T) => string;
}

export function List<T>({ items, max = 5, renderItem, getKey }: ListProps<T>) {
  const visible = items.slice(0, max);
  const hidden = items.length - visible.length;

  return (
    <ul className="list">
      {visible.map((item) => (
        <li key={getKey(item)}>{renderItem(item)}</li>
      ))}
      {hidden > 0 && <li className="list__more">…and {hidden} more</li>}
    </ul>
  );
}