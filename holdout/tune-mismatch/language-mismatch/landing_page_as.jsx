<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="UTF-8">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  <title>Acme Analytics</title>
  <link rel="stylesheet" href="styles.css">
</head>
<body>
  <header class="hero">
    <nav>
      <a href="/" class="logo">Acme</a>
      <ul>
        <li><a href="#features">Features</a></li>
        <li><a href="#pricing">Pricing</a></li>
        <li><a href="/login" class="btn">Sign in</a></li>
      </ul>
    </nav>
    <h1>Understand your users in minutes</h1>
    <p>Privacy-friendly analytics without the cookie banner.</p>
    <a href="/signup" class="btn btn-primary">Start free trial</a>
  </header>
  <section id="features">
    <h2>Features</h2>
  </section>
  <script src="main.js"></script>
</body>
</html>
