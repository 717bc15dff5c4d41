from jinja2 import Environment, select_autoescape

env = Environment(autoescape=select_autoescape(["html"]))

REPORT_TEMPLATE = env.from_string("""\
<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Test report – {{ suite }}</title>
  <style>
    .passed { color: #15803d; }
    .failed { color: #b91c1c; font-weight: bold; }
    table { border-collapse: collapse; }
    td, th { padding: 4px 8px; border: 1px solid #ccc; }
  </style>
</head>
<body>
  <h1>{{ suite }}: {{ passed }} passed, {{ failed }} failed</h1>
  <table>
    <tr><th>Test</th><th>Result</th><th>Duration</th></tr>
    {% for case in cases %}
    <tr>
      <td>{{ case.name }}</td>
      <td class="{{ case.outcome }}">{{ case.outcome }}</td>
      <td>{{ "%.2f"|format(case.duration) }}s</td>
    </tr>
    {% endfor %}
  </table>
</body>
</html>
""")


def render(suite: str, cases: list[dict]) -> str:
    passed = sum(1 for c in cases if c["outcome"] == "passed")
    return REPORT_TEMPLATE.render(suite=suite, cases=cases, passed=passed, failed=len(cases) - passed)
