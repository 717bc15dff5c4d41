<<<<<<< HEAD
// Splits text into lowercase word tokens.
export function tokenize(text) {
  return text.toLowerCase().match(/[a-z0-9']+/g) ?? [];
}
=======
// Splits text into lowercase word tokens (Unicode-aware).
export function tokenize(text) {
  return text.toLocaleLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];
}
>>>>>>> i18n

export function termFrequencies(tokens) {
  const tf = new Map();
  for (const t of tokens) tf.set(t, (tf.get(t) ?? 0) + 1);
  return tf;
}

export function topTerms(text, n = 10) {
  return [...termFrequencies(tokenize(text))]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([term]) => term);
}
