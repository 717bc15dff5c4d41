#!/usr/bin/env python3
"""Writes holdout/css/: labelled CSS cases, one folder per rule (run once,
2026-12, before the CSS backend was run on any of them; never tuned on).

Each case is one of the base stylesheets below with one defect put in the
way models put it: a cut, a fence, chatter, an elision, a conflict, a syntax
error; `clean/` holds the bases and valid look-alikes. Rerunning rewrites
the same files.
"""
from pathlib import Path

OUT = Path(__file__).resolve().parent

BASES = {
"buttons": """.btn {
  display: inline-flex;
  align-items: center;
  gap: 0.5rem;
  padding: 0.5rem 1rem;
  border: 1px solid transparent;
  border-radius: 0.375rem;
  font-weight: 500;
  cursor: pointer;
}

.btn-primary {
  color: #fff;
  background-color: #2563eb;
}

.btn-primary:hover,
.btn-primary:focus-visible {
  background-color: #1d4ed8;
}

.btn[disabled] {
  opacity: 0.5;
  pointer-events: none;
}
""",
"layout": """:root {
  --sidebar-width: 16rem;
  --header-height: 4rem;
}

.app {
  display: grid;
  grid-template-columns: var(--sidebar-width) 1fr;
  grid-template-rows: var(--header-height) 1fr;
  min-height: 100vh;
}

.app__header {
  grid-column: 1 / -1;
  border-bottom: 1px solid #e5e7eb;
}

@media (max-width: 768px) {
  .app {
    grid-template-columns: 1fr;
  }

  .app__sidebar {
    display: none;
  }
}
""",
"cards": """.card {
  background: #fff;
  border-radius: 12px;
  box-shadow: 0 1px 3px rgb(0 0 0 / 0.1);
  overflow: hidden;

  &:hover {
    box-shadow: 0 8px 24px rgb(0 0 0 / 0.12);
  }
}

.card__image {
  aspect-ratio: 16 / 9;
  object-fit: cover;
  width: 100%;
}

.card__body {
  padding: 1.25rem;
}

.card__title {
  margin: 0 0 0.5rem;
  font-size: 1.125rem;
}
""",
"forms": """.field {
  display: flex;
  flex-direction: column;
  gap: 0.25rem;
  margin-bottom: 1rem;
}

.field label {
  font-size: 0.875rem;
  color: #374151;
}

.field input,
.field select {
  padding: 0.5rem 0.75rem;
  border: 1px solid #d1d5db;
  border-radius: 6px;
  font: inherit;
}

.field input:focus {
  outline: 2px solid #93c5fd;
  outline-offset: 1px;
}

.field--error input {
  border-color: #dc2626;
}
""",
"animations": """@keyframes fade-in {
  from {
    opacity: 0;
    transform: translateY(8px);
  }
  to {
    opacity: 1;
    transform: none;
  }
}

.toast {
  position: fixed;
  right: 1rem;
  bottom: 1rem;
  animation: fade-in 200ms ease-out both;
}

.toast--success {
  background: #16a34a;
  color: white;
}

@media (prefers-reduced-motion: reduce) {
  .toast {
    animation: none;
  }
}
""",
}

NAMES = list(BASES)


def write(rule, name, text):
    d = OUT / rule
    d.mkdir(parents=True, exist_ok=True)
    (d / name).write_text(text)


def insert_after(text, anchor, extra):
    i = text.index(anchor) + len(anchor)
    return text[:i] + extra + text[i:]


# clean: the bases and valid look-alikes of the defects.
for n, t in BASES.items():
    write("clean", f"{n}.css", t)
write("clean", "dots.css", '.ellipsis::after {\n  content: "...";\n}\n\n.more {\n  text-overflow: ellipsis;\n}\n')
write("clean", "chatty-comment.css", "/* Here is the palette we agreed on in the design review. */\n:root {\n  --ink: #111827;\n}\n")
write("clean", "conflict-look.css", '.diff-marker::before {\n  content: "<<<<<<< ";\n}\n\n.rule {\n  border-top: 1px dashed #999;\n}\n')
write("clean", "minified.css", "".join(BASES["buttons"].split()).replace("}", "}") + "\n")
write("clean", "no-newline.css", BASES["cards"].rstrip("\n"))
write("clean", "hacks.css", ".ie7 .box {\n  *zoom: 1;\n  _height: 1px;\n  color: red\\9;\n}\n\n@media \\0screen {\n  .box {\n    border: 0;\n  }\n}\n")
write("clean", "tailwind.css", "@tailwind base;\n@tailwind utilities;\n\n.btn {\n  @apply px-4 py-2 rounded;\n}\n\n.md\\:grid {\n  display: grid;\n}\n")
write("clean", "modern.css", "@layer base {\n  a:has(> img) {\n    color: color-mix(in oklab, currentColor 60%, transparent);\n  }\n}\n\n@container (inline-size > 30em) {\n  .x {\n    padding: 2rem;\n  }\n}\n\n@media (640px <= width < 1024px) {\n  .x {\n    padding: 1rem;\n  }\n}\n")
write("clean", "vars.css", ":root {\n  --empty:;\n  --obj: { a: b };\n  --list: [1, 2, 3];\n  --calc: calc(100% - var(--gap, 8px));\n}\n")
write("clean", "unknown.css", ".x {\n  -webkit-box-orient: vertical;\n  some-future-property: wobble(3);\n  color: notacolor;\n}\n\n@custom-media --small (max-width: 30em);\n@unknown-rule foo;\n")

# syntax-error: one error mid-file, valid code after it.
errors = [
    ("buttons", "missing-colon.css", "  font-weight: 500;\n", "  line-height 1.5;\n"),
    ("forms", "bad-important.css", "  font: inherit;\n", "  color: #111 !importnt;\n"),
    ("cards", "double-dot.css", "\n.card__body {", "\n.card..featured {\n  border: 2px solid gold;\n}\n"),
    ("layout", "dangling-combinator.css", "\n.app__header {", "\n.app > > main {\n  padding: 1rem;\n}\n"),
    ("buttons", "extra-brace.css", "  background-color: #2563eb;\n}\n", "}\n"),
    ("animations", "decl-at-top.css", "@keyframes fade-in {", ""),
    ("forms", "broken-string.css", "  color: #374151;\n", "  font-family: \"Inter, sans-serif;\n"),
    ("cards", "semicolon-selector.css", "\n.card__title {", "\n.card__footer; .card__meta {\n  color: #6b7280;\n}\n"),
    ("layout", "equals-sign.css", "  min-height: 100vh;\n", "  width = 100%;\n"),
    ("buttons", "missing-open-brace.css", "\n.btn[disabled] {", "\n.btn-secondary\n  color: #111;\n  background: #e5e7eb;\n}\n"),
    ("forms", "js-comment.css", "  margin-bottom: 1rem;\n", "  // spacing between fields\n  padding: 0;\n"),
    ("cards", "scss-variable.css", "", "$card-radius: 12px;\n\n"),
    ("animations", "empty-selector.css", "\n.toast--success {", "\n{\n  z-index: 50;\n}\n"),
    ("layout", "double-colon-property.css", "  border-bottom: 1px solid #e5e7eb;\n", "  padding:: 0 1rem;\n"),
    ("buttons", "bad-attribute.css", "\n.btn-primary {", "\n.btn[data-size=] {\n  padding: 0.25rem;\n}\n"),
    ("forms", "unquoted-space.css", "  font-size: 0.875rem;\n", "  color: #374151 #111 ;\n  font-weight: bold bold !important important;\n"),
]
for base, name, anchor, extra in errors:
    t = BASES[base]
    if name == "decl-at-top.css":
        t = "color: #111;\nfont-family: system-ui;\n\n" + t
    elif anchor == "":
        t = extra + t
    elif extra.startswith("\n"):
        t = t.replace(anchor, extra + anchor, 1)
    else:
        t = insert_after(t, anchor, extra)
    write("syntax-error", name, t)

# truncated: cut where output stops.
cuts = [
    ("buttons", "mid-declaration.css", "background-color: #1d"),
    ("buttons", "mid-selector.css", ".btn-primary:hover,\n.btn-pri"),
    ("layout", "inside-media.css", "  .app__sidebar {\n    display: none;\n  }\n"),
    ("layout", "after-colon.css", "grid-template-rows:"),
    ("cards", "inside-nesting.css", "  &:hover {\n    box-shadow: 0 8px 24px rgb(0 0 0 / 0.12);\n"),
    ("cards", "mid-value.css", "aspect-ratio: 16 / 9;\n  object-fit: co"),
    ("forms", "after-comma.css", ".field input,"),
    ("cards", "in-function.css", "box-shadow: 0 1px 3px rgb(0 0 0 / 0.1"),
    ("animations", "in-keyframes.css", "  from {\n    opacity: 0;\n"),
    ("animations", "selector-no-block.css", ".toast--success"),
    ("buttons", "at-newline-open.css", ".btn-primary {\n  color: #fff;\n"),
    ("layout", "mid-custom-prop.css", "--header-height: 4"),
]
for base, name, upto in cuts:
    t = BASES[base]
    write("truncated", name, t[: t.index(upto) + len(upto)])
write("truncated", "in-comment.css", BASES["cards"] + "\n/* Dark mode: the card surface and shadow are\n")
write("truncated", "in-string.css", BASES["forms"] + "\n.field__hint::before {\n  content: \"Required fiel")
write("truncated", "in-url.css", BASES["layout"] + "\n.app__logo {\n  background: url(/static/img/lo")
write("truncated", "end-of-min.css", "".join(BASES["buttons"].split())[:180])

# markdown-fence
cases = [
    (NAMES[0], "```css\n", "```\n"), (NAMES[1], "```css\n", "```\n"), (NAMES[2], "```CSS\n", "```\n"),
    (NAMES[3], "```\n", "```\n"), (NAMES[4], "```scss\n", "```\n"), (NAMES[0], "~~~css\n", "~~~\n"),
    (NAMES[1], "```css\n", "```"), (NAMES[2], "```css\n", ""), (NAMES[3], "", "```\n"),
    (NAMES[4], "```css title=\"toast.css\"\n", "```\n"),
]
for k, (n, o, c) in enumerate(cases):
    write("markdown-fence", f"{n}-{k}.css", o + BASES[n] + c)
write("markdown-fence", "with-prose.css", "Here is the stylesheet:\n\n```css\n" + BASES["cards"] + "```\n\nThe card now lifts on hover.\n")
write("markdown-fence", "two-blocks.css", "```css\n" + BASES["buttons"] + "```\n\n```css\n" + BASES["forms"] + "```\n")
write("markdown-fence", "indented.css", "  ```css\n" + BASES["layout"] + "  ```\n")
write("markdown-fence", "mid.css", BASES["buttons"] + "```\n\n```css\n" + BASES["cards"])
write("markdown-fence", "fence-before-media.css", BASES["animations"].replace("@media", "```\n@media", 1))

# llm-chatter
intros = ["Here is the updated stylesheet:", "Sure! Here's the CSS for the new layout:",
          "Certainly. Below is the complete file with the fixes applied.",
          "I've updated the button styles as requested:", "Here's the refactored version of forms.css:"]
outros = ["Let me know if you'd like any further changes!", "This should fix the alignment issue on mobile.",
          "Note that the hover color now matches the brand palette.", "I hope this helps! Feel free to ask if you need a dark mode variant.",
          "The main change is that the grid now collapses to one column below 768px."]
for k, n in enumerate(NAMES):
    write("llm-chatter", f"intro-{n}.css", intros[k] + "\n\n" + BASES[n])
    write("llm-chatter", f"outro-{n}.css", BASES[n] + "\n" + outros[k] + "\n")
write("llm-chatter", "both.css", "Sure, here you go:\n\n" + BASES["cards"] + "\nThat's it! The cards now have a hover shadow.\n")
write("llm-chatter", "middle.css", BASES["buttons"].replace("\n.btn[disabled]", "\nI also added a disabled state below.\n\n.btn[disabled]", 1))
write("llm-chatter", "explanation-list.css", BASES["layout"] + "\nChanges made:\n- Added a CSS variable for the sidebar width\n- Collapsed the grid on small screens\n")
write("llm-chatter", "apology.css", "I apologize for the confusion earlier. Here is the corrected CSS:\n\n" + BASES["forms"])
write("llm-chatter", "closing-question.css", BASES["animations"] + "\nWould you like me to add a slide-out animation as well?\n")

# placeholder
phs = ["/* ... rest of the styles unchanged ... */", "/* ... existing styles ... */", "/* ... */",
       "/* rest of the file remains the same */", "/* (unchanged) */", "/* ... previous rules unchanged ... */",
       "/* Keep existing button styles here */", "/* other styles remain the same */",
       "/* ... existing code ... */", "/* same as before */", "/* ... remaining rules omitted for brevity ... */",
       "/* add the rest of your styles here */", "/* ...other media queries unchanged... */",
       "/* existing declarations */", "/* … */"]
for k, ph in enumerate(phs):
    n = NAMES[k % len(NAMES)]
    t = BASES[n]
    if k % 3 == 0:
        t = t + "\n" + ph + "\n"
    elif k % 3 == 1:
        # inside the first rule, alone
        i = t.index("{") + 1
        j = t.index("}", i)
        t = t[:i] + "\n  " + ph + "\n" + t[j:]
    else:
        t = ph + "\n\n" + t
    write("placeholder", f"p{k:02d}-{n}.css", t)

# merge-conflict
def conflict(a, b, label="feature/redesign", base=None):
    mid = f"||||||| base\n{base}" if base is not None else ""
    return f"<<<<<<< HEAD\n{a}{mid}=======\n{b}>>>>>>> {label}\n"

mc = [
    ("buttons", "  background-color: #2563eb;\n", "  background-color: #1e40af;\n"),
    ("layout", "  --sidebar-width: 16rem;\n", "  --sidebar-width: 18rem;\n"),
    ("cards", "  border-radius: 12px;\n", "  border-radius: 16px;\n  border: 1px solid #eee;\n"),
    ("forms", "  border-color: #dc2626;\n", "  border-color: var(--danger);\n"),
    ("animations", "  animation: fade-in 200ms ease-out both;\n", "  animation: fade-in 150ms ease-in both;\n"),
]
for k, (n, old, new) in enumerate(mc):
    t = BASES[n]
    write("merge-conflict", f"decl-{n}.css", t.replace(old, conflict(old, new), 1))
    write("merge-conflict", f"diff3-{n}.css", t.replace(old, conflict(old, new, base=old.replace("1", "2")), 1))
for k, n in enumerate(NAMES):
    rules = BASES[n].split("\n\n")
    a = rules[-1] if rules[-1].endswith("\n") else rules[-1] + "\n"
    t = "\n\n".join(rules[:-1]) + "\n\n" + conflict(a, a.replace("1", "2"), label=f"origin/main")
    write("merge-conflict", f"rule-{n}.css", t)

# language-mismatch: other languages saved as .css, and CSS saved as others.
lm = OUT / "language-mismatch"
write("language-mismatch", "theme-js.css", 'import { createTheme } from "@mui/material/styles";\n\nexport const theme = createTheme({\n  palette: {\n    primary: { main: "#2563eb" },\n  },\n  shape: { borderRadius: 8 },\n});\n\nexport function spacing(n) {\n  return `${n * 4}px`;\n}\n')
write("language-mismatch", "styled-ts.css", 'import styled from "styled-components";\n\ninterface Props {\n  active: boolean;\n}\n\nexport const Tab = styled.button<Props>`\n  padding: 0.5rem 1rem;\n  color: ${(p) => (p.active ? "#2563eb" : "#374151")};\n`;\n\nexport default Tab;\n')
write("language-mismatch", "page-html.css", '<!DOCTYPE html>\n<html lang="en">\n<head>\n  <meta charset="utf-8">\n  <title>Settings</title>\n  <link rel="stylesheet" href="app.css">\n</head>\n<body>\n  <main class="settings">\n    <h1>Settings</h1>\n  </main>\n</body>\n</html>\n')
write("language-mismatch", "tokens-json.css", '{\n  "color": {\n    "primary": "#2563eb",\n    "danger": "#dc2626"\n  },\n  "radius": {\n    "sm": "4px",\n    "lg": "12px"\n  }\n}\n')
write("language-mismatch", "build-py.css", 'import pathlib\nimport subprocess\n\n\ndef build_css(src: pathlib.Path, out: pathlib.Path) -> None:\n    """Compile the stylesheet with the Tailwind CLI."""\n    subprocess.run(["npx", "tailwindcss", "-i", str(src), "-o", str(out)], check=True)\n\n\nif __name__ == "__main__":\n    build_css(pathlib.Path("src/app.css"), pathlib.Path("dist/app.css"))\n')
write("language-mismatch", "theme-yaml.css", "colors:\n  primary: \"#2563eb\"\n  danger: \"#dc2626\"\nspacing:\n  - 4\n  - 8\n  - 16\nfonts:\n  body: Inter\n  mono: JetBrains Mono\n")
write("language-mismatch", "deploy-sh.css", "#!/usr/bin/env bash\nset -euo pipefail\n\nnpx postcss src/app.css -o dist/app.css\nfor f in dist/*.css; do\n  gzip -k \"$f\"\ndone\necho \"built $(ls dist | wc -l) files\"\n")
for k, n in enumerate(NAMES):
    write("language-mismatch", f"{n}-as.js", BASES[n])
write("language-mismatch", "cards-as.py", BASES["cards"])
write("language-mismatch", "forms-as.ts", BASES["forms"])
write("language-mismatch", "layout-as.json", BASES["layout"])
write("language-mismatch", "buttons-as.sh", BASES["buttons"])
write("language-mismatch", "animations-as.yml", BASES["animations"])
write("language-mismatch", "layout-as.toml", BASES["layout"])
