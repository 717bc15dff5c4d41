export default function Footer() {
  const year = new Date().getFullYear();
  return (
    <footer className="footer">
<<<<<<< HEAD
      <p>&copy; {year} Acme Corp. All rights reserved.</p>
=======
      <p>&copy; {year} Acme Inc.</p>
      <a href="/privacy">Privacy</a>
>>>>>>> 9f8e7d6
      <a href="/terms">Terms</a>
    </footer>
  );
}

export const FOOTER_LINKS = ['/privacy', '/terms', '/contact'];
