import { NavLink } from "react-router-dom";
import { useAuth } from "../hooks/useAuth";

export default function Navbar() {
  const { user, logout } = useAuth();

  return (
    <nav className="navbar">
      <NavLink to="/" className="navbar__brand">
        Acme
      </NavLink>
      // ... the rest of the JSX stays the same
      {user ? (
        <>
          <span className="navbar__user">{user.name}</span>
          <button onClick={logout}>Log out</button>
        </>
      ) : (
        <NavLink to="/login">Log in</NavLink>
      )}
    </nav>
  );
}
