<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="UTF-8">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  <title>Pricing — Acme Cloud</title>
  <link rel="stylesheet" href="styles.css">
</head>
<body>
  <header class="site-header">
    <nav>
      <a href="/" class="logo">Acme Cloud</a>
      <ul>
        <li><a href="/features">Features</a></li>
        <li><a href="/pricing" class="active">Pricing</a></li>
        <li><a href="/login">Log in</a></li>
      </ul>
    </nav>
  </header>
  <main>
    <section class="plans">
      <div class="plan">
        <h2>Starter</h2>
        <p class="price">$9<span>/mo</span></p>
        <button onclick="selectPlan('starter')">Choose</button>
      </div>
      <div class="plan featured">
        <h2>Team</h2>
        <p class="price">$29<span>/mo</span></p>
        <button onclick="selectPlan('team')">Choose</button>
      </div>
    </section>
  </main>
  <script src="app.js"></script>
</body>
</html>
