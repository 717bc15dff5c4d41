import { Link } from 'react-router-dom';
import Logo from './Logo';

export default function Header({ user }) {
  return (
    <header className="site-header">
      <Logo />
      <nav>
        <Link to="/">Home</Link>
<<<<<<< HEAD
        <Link to="/blog">Blog</Link>
=======
        <Link to="/articles">Articles</Link>
        <Link to="/newsletter">Newsletter</Link>
>>>>>>> redesign-nav
      </nav>
      {user ? <span>{user.name}</span> : <Link to="/login">Sign in</Link>}
    </header>
  );
}
