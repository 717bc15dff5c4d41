interface Tag {
  id: string;
  name: string;
}

export function TagList({ tags, onRemove }: { tags: Tag[]; onRemove: (id: string) => void }) {
  return (
    <ul className="tags">
      {tags.map((tag) => <li key={tag.id}>{tag.name}</li>}
    </ul>
  );
}

export function TagCount({ tags }: { tags: Tag[] }) {
  return <span className="tag-count">{tags.length} tags</span>;
}

export default TagList;
