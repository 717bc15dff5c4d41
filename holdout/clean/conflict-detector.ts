export interface ConflictRegion {
  start: number;
  middle: number;
  end: number;
}

const START = /^<{7}(?: .*)?$/;
const MIDDLE = /^={7}$/;
const END = /^>{7}(?: .*)?$/;

export function findConflicts(text: string): ConflictRegion[] {
  const lines = text.split(/\r?\n/);
  const regions: ConflictRegion[] = [];
  let start = -1;
  let middle = -1;
  lines.forEach((line, i) => {
    if (START.test(line)) start = i;
    else if (MIDDLE.test(line) && start >= 0) middle = i;
    else if (END.test(line) && middle >= 0) {
      regions.push({ start, middle, end: i });
      start = middle = -1;
    }
  });
  return regions;
}

// Fixture used by the unit tests below; the markers live inside a template literal.
export const SAMPLE = `const a = 1;
<<<<<<< HEAD
const b = 2;
=======
const b = 3;
>>>>>>> feature/bump-b
const c = 4;
`;

export const MARKER_LEGEND: Record<string, string> = {
  "<<<<<<<": "start of our side",
  "=======": "separator",
  ">>>>>>>": "end of their side",
};
