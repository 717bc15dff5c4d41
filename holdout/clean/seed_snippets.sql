-- Seed data for the code-snippet help articles.
INSERT INTO help_snippets (slug, title, body) VALUES
(
    'resolve-conflicts',
    'Resolving merge conflicts',
    'Git marks conflicting hunks like this:
<<<<<<< HEAD
your version
=======
their version
>>>>>>> feature-branch
Edit the file, remove the markers, then run git add.'
),
(
    'markdown-code',
    'Formatting code in comments',
    E'Wrap code in triple backticks:\n```sql\nSELECT 1;\n```\nThe language tag is optional.'
),
(
    'ellipsis',
    'Shortening long output',
    'Use "..." to indicate omitted lines -- e.g. "# ... existing code ..." in a diff preview.'
);
