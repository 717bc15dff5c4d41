/**
 * Removes comments from a CSS or JS-like source string. The regex literals below
 * contain comment openers on purpose; they are not comments themselves.
 */
const BLOCK_COMMENT = /\/\*[\s\S]*?\*\//g;
const LINE_COMMENT = /(^|[^:\\])\/\/.*$/gm;
const STARS_ONLY = /^\s*\/?\*+\/?\s*$/;
const GLOB_STAR = /\*\*\/|\/\*\*/g;

export function stripBlockComments(css: string): string {
  return css.replace(BLOCK_COMMENT, "");
}

export function stripLineComments(js: string): string {
  return js.replace(LINE_COMMENT, "$1");
}

export function isDecorativeLine(line: string): boolean {
  return STARS_ONLY.test(line);
}

export function globToRegExp(glob: string): RegExp {
  let src = "";
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i];
    if (ch === "*" && glob[i + 1] === "*") {
      src += ".*";
      i++;
    } else if (ch === "*") {
      src += "[^/]*";
    } else if ("\\^$+?.()|{}[]".includes(ch)) {
      src += "\\" + ch;
    } else {
      src += ch;
    }
  }
  return new RegExp(`^${src}$`);
}

export const countGlobStars = (pattern: string) => (pattern.match(GLOB_STAR) ?? []).length;
export const divide = (a: number, b: number) => a / b /* not a regex */ / 1;
