import { formatDistanceToNow } from "date-fns";
import type { Comment } from "@/types";

export function CommentList({ comments }: { comments: Comment[] }) {
  if (comments.length === 0) {
    return <p className="muted">No comments yet. Be the first!</p>;
  }

  return (
    <ol className="comments">
      {comments.map((c) => (
        <li key={c.id} className="comment">
          <header>
            <strong>{c.author.name}</strong>
            <time dateTime={c.createdAt}>
              {formatDistanceToNow(new Date(c.createdAt), { addSuffix: true })}
            </time>
          </header>
          <p>{c.body}</p>
        </li>
      ))}
    </ol>
  );
}

This component now renders comments in an ordered list, which is more semantic for a
chronological thread. I've made the following changes:

- Added an empty state when there are no comments
- Used `formatDistanceToNow` to show relative timestamps
- Wrapped the timestamp in a `<time>` element for accessibility

Let me know if you have any questions!
