export interface Conflict {
  start: number;
  ours: string[];
  base?: string[];
  theirs: string[];
}

const OPEN = /^<{7}(?: .*)?$/;
const BASE = /^\|{7}(?: .*)?$/;
const SEP = /^={7}$/;
const CLOSE = /^>{7}(?: .*)?$/;

export function parseConflicts(text: string): Conflict[] {
  const out: Conflict[] = [];
  let cur: Conflict | null = null;
  let section: 'ours' | 'base' | 'theirs' = 'ours';
  text.split('\n').forEach((line, i) => {
    if (OPEN.test(line)) {
      cur = { start: i + 1, ours: [], theirs: [] };
      section = 'ours';
    } else if (cur && BASE.test(line)) {
      cur.base = [];
      section = 'base';
    } else if (cur && SEP.test(line)) {
      section = 'theirs';
    } else if (cur && CLOSE.test(line)) {
      out.push(cur);
      cur = null;
    } else if (cur) {
      (section === 'base' ? cur.base! : cur[section]).push(line);
    }
  });
  return out;
}

export const sample = `a
<<<<<<< HEAD
b
=======
c
>>>>>>> feature
`;
