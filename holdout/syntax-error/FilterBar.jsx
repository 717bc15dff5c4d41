import { useState } from 'react';

export function FilterBar({ categories, onChange }) {
  const [category, setCategory] = useState('all');
  const [inStock, setInStock] = useState(false);

  const update = (next) => {
    if ((next.category !== category || next.inStock !== inStock) {
      setCategory(next.category);
      setInStock(next.inStock);
      onChange(next);
    }
  };

  return (
    <div className="filter-bar">
      <select value={category} onChange={(e) => update({ category: e.target.value, inStock })}>
        <option value="all">All categories</option>
        {categories.map((c) => (
          <option key={c.id} value={c.id}>{c.name}</option>
        ))}
      </select>
      <label>
        <input type="checkbox" checked={inStock} onChange={(e) => update({ category, inStock: e.target.checked })} />
        In stock only
      </label>
    </div>
  );
}
