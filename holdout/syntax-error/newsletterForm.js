// Browser script for the footer newsletter form.
const form = document.querySelector('#newsletter');
const status = form.querySelector('.newsletter__status');

const state = {
  email = '',
  submitting: false,
};

form.addEventListener('input', (event) => {
  if (event.target.name === 'email') state.email = event.target.value.trim();
});

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  if (state.submitting) return;
  state.submitting = true;
  status.textContent = 'Subscribing…';
  try {
    const res = await fetch('/api/newsletter', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: state.email }),
    });
    status.textContent = res.ok ? 'Thanks! Check your inbox.' : 'Something went wrong.';
  } finally {
    state.submitting = false;
  }
});
