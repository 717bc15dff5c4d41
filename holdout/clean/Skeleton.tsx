import type { CSSProperties, FC } from "react";

interface SkeletonProps {
  rows?: number;
  height?: number;
  style?: CSSProperties;
}

export const Skeleton: FC<SkeletonProps> = ({ rows = 3, height = 16, style }) => (
  <div className="skeleton" aria-busy="true" style={style}>
    {/* Keep the height in sync with <Row /> so the layout does not jump. */}
    {Array.from({ length: rows }, (_, i) => (
      <div
        key={i}
        className="skeleton__row"
        // the last row is shorter, like a paragraph ending
        style={{ height, width: i === rows - 1 ? "60%" : "100%" }}
      />
    ))}
    {/*
      Screen readers get a single announcement instead of one per row.
    */}
    <span className="visually-hidden">Loading…</span>
  </div>
);

export const CardSkeleton: FC = () => (
  <>
    {/* Image placeholder first, then two lines of text. */}
    <Skeleton rows={1} height={120} />
    <Skeleton rows={2} />
  </>
);
