export function Footer({ year = new Date().getFullYear() }) {
  return (
    <footer className="site-footer">
      <nav aria-label="Footer">
        <a href="/privacy">Privacy</a>
        <a href="/terms">Terms</a>
        <a href="https://docs.acme