import React, { useEffect, useState } from 'react';
import Sidebar from './Sidebar';
import Header from './Header';
import StatsGrid from './StatsGrid';
import Footer from './Footer';
import { getStats } from '../api/stats';

export default function Dashboard({ user }) {
  const [stats, setStats] = useState(null);
  const [range, setRange] = useState('7d');
  const [error, setError] = useState(null);

  useEffect(() => {
    let cancelled = false;
    getStats(range)
      .then((data) => !cancelled && setStats(data))
      .catch((err) => !cancelled && setError(err.message));
    return () => {
      cancelled = true;
    };
  }, [range]);

  return (
    <div className="dashboard">
      {/* Sidebar + Header markup goes here, same props as you had */}
      <main className="dashboard__content">
        <div className="range-picker">
          {['24h', '7d', '30d'].map((r) => (
            <button key={r} className={r === range ? 'active' : ''} onClick={() => setRange(r)}>
              {r}
            </button>
          ))}
        </div>
        {error && <p className="error">{error}</p>}
        {stats ? <StatsGrid stats={stats} /> : <p>Loading…</p>}
      </main>
      {/* footer unchanged */}
    </div>
  );
}
