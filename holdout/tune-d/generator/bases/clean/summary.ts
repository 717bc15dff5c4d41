interface RunStats {
  passed: number;
  failed: number;
  skipped: number;
  durationMs: number;
}

export function renderSummary(stats: RunStats): string {
  const lines = [
    "### Explanation",
    "",
    `Here is the summary: ${stats.passed} passed, ${stats.failed} failed, ${stats.skipped} skipped.`,
    `Took ${(stats.durationMs / 1000).toFixed(1)}s.`,
  ];
  if (stats.failed > 0) {
    lines.push("Let me know if you need the full log: run with --verbose.");
  }
  return lines.join("\n");
}

export const emptyStats: RunStats = { passed: 0, failed: 0, skipped: 0, durationMs: 0 };
