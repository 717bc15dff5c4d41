const escape = (s) =>
  String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);

export function passwordResetEmail({ name, resetUrl, expiresInMinutes = 30 }) {
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Reset your password</title>
  <style>
    body { margin: 0; background: #f3f4f6; font-family: Arial, Helvetica, sans-serif; }
    .card { max-width: 520px; margin: 40px auto; background: #ffffff; border-radius: 8px; padding: 32px; }
    .btn { display: inline-block; background: #2563eb; color: #ffffff !important; text-decoration: none;
           padding: 12px 20px; border-radius: 6px; font-weight: bold; }
    .muted { color: #6b7280; font-size: 13px; }
  </style>
</head>
<body>
  <div class="card">
    <h1>Hi ${escape(name)},</h1>
    <p>We received a request to reset your password. Click the button below to choose a new one.</p>
    <p><a class="btn" href="${escape(resetUrl)}">Reset password</a></p>
    <p class="muted">This link expires in ${expiresInMinutes} minutes. If you did not ask for a reset, you can ignore this email.</p>
  </div>
</body>
</html>`;
}

export function passwordResetText({ name, resetUrl, expiresInMinutes = 30 }) {
  return [
    `Hi ${name},`,
    "",
    "Use the link below to reset your password:",
    resetUrl,
    "",
    `The link expires in ${expiresInMinutes} minutes.`,
  ].join("\n");
}
