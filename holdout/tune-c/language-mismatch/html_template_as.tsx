<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Order confirmation</title>
    <style>
      body { font-family: system-ui, sans-serif; background: #f6f7f9; }
      .card { max-width: 560px; margin: 40px auto; background: #fff; padding: 24px; border-radius: 8px; }
    </style>
  </head>
  <body>
    <div class="card">
      <h1>Thanks for your order, {{ customer_name }}!</h1>
      <p>Your order <strong>#{{ order_number }}</strong> has been received.</p>
      <table>
        {% for item in items %}
        <tr><td>{{ item.name }}</td><td>{{ item.qty }}</td><td>{{ item.price }}</td></tr>
        {% endfor %}
      </table>
      <p>Total: {{ total }}</p>
    </div>
  </body>
</html>
