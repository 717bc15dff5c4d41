const styles = {
  header: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    padding: '12px 24px',
    borderBottom: '1px solid #e5e7eb',
  },
  logo: { fontWeight: 700, fontSize: 20 },
  /* remaining styles */
};

export default function Header({ user, onLogout }) {
  return (
    <header style={styles.header}>
      <span style={styles.logo}>Tasky</span>
      <nav style={styles.nav}>
        <a href="/boards">Boards</a>
        <a href="/reports">Reports</a>
      </nav>
      {user ? (
        <div style={styles.userBox}>
          <img src={user.avatar} alt="" style={styles.avatar} />
          <button onClick={onLogout}>Log out</button>
        </div>
      ) : (
        <a href="/login">Log in</a>
      )}
    </header>
  );
}
