import { useMemo, useState } from 'react';
import type { User } from '../types/user';
import { formatDate } from '../utils/date';

type SortKey = 'name' | 'email' | 'createdAt';

interface Props {
  users: User[];
  onSelect?: (user: User) => void;
}

export function UserTable({ users, onSelect }: Props) {
  const [sortKey, setSortKey] = useState<SortKey>('name');
  const [asc, setAsc] = useState(true);

  const rows = useMemo(() => {
    const copy = [...users];
    copy.sort((a, b) => {
      const av = String(a[sortKey]);
      const bv = String(b[sortKey]);
      return asc ? av.localeCompare(bv) : bv.localeCompare(av);
    });
    return copy;
  }, [users, sortKey, asc]);

  const toggle = (key: SortKey) => {
    if (key === sortKey) setAsc(!asc);
    else {
      setSortKey(key);
      setAsc(true);
    }
  };

  return (
    <table className="user-table">
      <thead>
        <tr>
          <th onClick={() => toggle('name')}>Name</th>
          <th onClick={() => toggle('email')}>Email</th>
          <th onClick={() => toggle('createdAt')}>Joined</th>
        </tr>
      </thead>
      <tbody>
        {/* row rendering as before — map over rows, call onSelect on click, formatDate for createdAt */}
      </tbody>
    </table>
  );
}
