const MAX_VISIBLE = 3;

export function TagList({ tags, onSelect }) {
  const visible = tags.slice(0, MAX_VISIBLE);
  const hidden = tags.length - visible.length;

  return (
    <ul className="tag-list">
      {visible.map((tag) => (
        <li key={tag.id}>
          <button type="button" onClick={() => onSelect(tag)}>
            {tag.label}
          </button>
        </li>
      ))}
      {/* Note: the remaining tags are only counted, not rendered */}
      {hidden > 0 && <li className="more">…and {hidden} more</li>}
    </ul>
  );
}
