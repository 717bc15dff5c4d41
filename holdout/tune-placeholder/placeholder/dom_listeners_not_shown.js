document.addEventListener('DOMContentLoaded', () => {
  const menuButton = document.querySelector('#menu-toggle');
  const nav = document.querySelector('#site-nav');
  const form = document.querySelector('#newsletter');

  menuButton.addEventListener('click', () => {
    const open = nav.classList.toggle('open');
    menuButton.setAttribute('aria-expanded', String(open));
  });

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const email = new FormData(form).get('email');
    const res = await fetch('/api/subscribe', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email }),
    });
    form.querySelector('.status').textContent = res.ok ? 'Thanks for subscribing!' : 'Please try again.';
  });

  // (remaining event listeners not shown)
});
