<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>We'll be right back</title>
  <style>
    body { display: grid; place-items: center; min-height: 100vh; margin: 0;
           font-family: system-ui, sans-serif; background: #111827; color: #f9fafb; }
    .box { text-align: center; max-width: 32rem; padding: 2rem; }
  </style>
</head>
<body>
  <div class="box">
    <h1>Scheduled maintenance</h1>
    <p>We're upgrading our database. The site will be back by 04:00 UTC.</p>
    <p>Follow <a href="https://status.example.com">status.example.com</a> for updates.</p>
  </div>
</body>
</html>
