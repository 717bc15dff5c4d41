import React, { useMemo, type HTMLAttributes } from "react";
import { diffLines, type Change } from "diff";
import styles from "./DiffViewer.module.css";

type DiffViewerProps = {
  before: string;
  after: string;
  contextLines?: number;
} & HTMLAttributes<HTMLDivElement>;

export function DiffViewer({ before, after, contextLines = 3, ...rest }: DiffViewerProps) {
  const parts = useMemo<Change[]>(() => diffLines(before, after), [before, after]);

  return (
    <div className={styles.root} {...rest}>
      {/* Each part is a run of added, removed or unchanged lines. */}
      {parts.map((part, i) => {
        const kind = part.added ? "added" : part.removed ? "removed" : "same";
        const lines = part.value.replace(/\n$/, "").split("\n");
        const shown =
          kind === "same" && lines.length > contextLines * 2
            ? [...lines.slice(0, contextLines), "...", ...lines.slice(-contextLines)]
            : lines;
        return (
          <pre key={i} className={styles[kind]} data-kind={kind}>
            {/* A leading marker mirrors `git diff` output. */}
            {shown.map((line, j) => (
              <span key={j} className={styles.line}>
                {kind === "added" ? "+ " : kind === "removed" ? "- " : "  "}
                {line}
              </span>
            ))}
          </pre>
        );
      })}
    </div>
  );
}

export default DiffViewer;
