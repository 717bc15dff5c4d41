const year = new Date().getFullYear();

export default function Footer() {
  return (
    <footer className="site-footer">
      <div className="footer-grid">
        <div>
          <h4>Product</h4>
          <ul>
            <li><a href="/features">Features</a></li>
            <li><a href="/pricing">Pricing</a></li>
            <li><a href="/changelog">Changelog</a></li>
          </ul>
        </div>
        {/* Same for the Company and Resources columns */}
      </div>
      <p className="copyright">© {year} Acme Inc. All rights reserved.</p>
    </footer>
  );
}
