<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{% block title %}My Blog{% endblock %}</title>
  <link rel="stylesheet" href="{{ url_for('static', filename='css/main.css') }}">
</head>
<body>
  <nav class="navbar">
    <a href="{{ url_for('index') }}">Home</a>
    {% if current_user.is_authenticated %}
      <a href="{{ url_for('new_post') }}">New post</a>
      <a href="{{ url_for('logout') }}">Log out ({{ current_user.username }})</a>
    {% else %}
      <a href="{{ url_for('login') }}">Log in</a>
    {% endif %}
  </nav>
  <main>
    {% with messages = get_flashed_messages() %}
      {% for message in messages %}
        <div class="flash">{{ message }}</div>
      {% endfor %}
    {% endwith %}
    {% block content %}{% endblock %}
  </main>
</body>
</html>
