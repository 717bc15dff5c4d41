<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Acme — Ship faster</title>
  <link rel="stylesheet" href="/styles/landing.css">
</head>
<body>
  <header class="hero">
    <h1>Ship faster with Acme</h1>
    <p>Preview environments for every pull request.</p>
    <a class="button" href="/signup">Start free trial</a>
  </header>
  <section id="features">
    <ul>
      <li>One-click previews</li>
      <li>Automatic HTTPS</li>
      <li>Zero-downtime deploys</li>
    </ul>
  </section>
  <script>
    document.querySelector('.button').addEventListener('click', function () {
      window.track && window.track('cta_click');
    });
  </script>
</body>
</html>
