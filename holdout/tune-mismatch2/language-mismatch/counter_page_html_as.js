<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Counter</title>
    <style>
      button { font-size: 1.25rem; padding: 0.5rem 1rem; }
    </style>
  </head>
  <body>
    <p>Clicked <span id="count">0</span> times</p>
    <button id="inc">+1</button>
    <script>
      const countEl = document.getElementById("count");
      let count = 0;
      document.getElementById("inc").addEventListener("click", () => {
        count += 1;
        countEl.textContent = String(count);
      });
    </script>
  </body>
</html>
