import { Link } from 'react-router-dom';
<<<<<<< HEAD
import { Avatar } from './Avatar';
import { SearchBar } from './SearchBar';
=======
import { Avatar } from '@acme/ui';
import { CommandPalette } from './CommandPalette';
>>>>>>> design-system-migration

export function Header({ user }) {
  return (
    <header className="app-header">
      <Link to="/" className="app-header__logo">Acme</Link>
      <SearchBar />
      {user && <Avatar src={user.avatarUrl} name={user.name} size={32} />}
    </header>
  );
}
