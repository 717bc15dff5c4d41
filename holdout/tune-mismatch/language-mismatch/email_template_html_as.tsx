<!doctype html>
<html>
  <head>
    <meta charset="utf-8" />
    <title>Reset your password</title>
    <style>
      body { font-family: -apple-system, Segoe UI, sans-serif; background: #f4f4f5; }
      .card { max-width: 480px; margin: 40px auto; background: #fff; padding: 32px; border-radius: 8px; }
      .btn { display: inline-block; padding: 12px 20px; background: #2563eb; color: #fff; text-decoration: none; border-radius: 6px; }
    </style>
  </head>
  <body>
    <div class="card">
      <h1>Reset your password</h1>
      <p>Hi {{ name }},</p>
      <p>We received a request to reset your password. Click the button below to choose a new one.</p>
      <p><a class="btn" href="{{ reset_url }}">Reset password</a></p>
      <p>This link expires in 30 minutes. If you didn't request this, you can ignore this email.</p>
      <hr />
      <small>Acme Inc. &middot; 123 Market St, San Francisco</small>
    </div>
  </body>
</html>
