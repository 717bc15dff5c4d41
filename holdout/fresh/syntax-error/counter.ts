const STOP_WORDS = new Set(['the', 'a', 'an', 'and', 'or', 'of']);

export function tokenize(text: string): string[] {
  return (text.toLowerCase().match(/[a-z']+/g) ?? []).filter((w) => !STOP_WORDS.has(w));
}

export function wordFrequencies(text: string): Map<string, number> {
  const counts = new Map<string, number>>();
  for (const word of tokenize(text)) {
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

export function topWords(text: string, n = 10): Array<[string, number]> {
  return [...wordFrequencies(text)].sort((a, b) => b[1] - a[1]).slice(0, n);
}

export function uniqueWords(text: string): number {
  return wordFrequencies(text).size;
}
