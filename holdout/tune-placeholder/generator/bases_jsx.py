from bases import ph

ph("app_router_other_routes.jsx", r'''
import { BrowserRouter, Routes, Route } from 'react-router-dom';
import Layout from './components/Layout';
import Home from './pages/Home';
import About from './pages/About';
import Blog from './pages/Blog';
import Post from './pages/Post';
import NotFound from './pages/NotFound';

export default function App() {
  return (
    <BrowserRouter>
      <Routes>
        <Route element={<Layout />}>
          <Route index element={<Home />} />
          <Route path="about" element={<About />} />
          <Route path="blog" element={<Blog />} />
          <Route path="blog/:slug" element={<Post />} />
          {/* ... other routes ... */}
        </Route>
        <Route path="*" element={<NotFound />} />
      </Routes>
    </BrowserRouter>
  );
}
''')

ph("todo_item_toggle_handler_body.jsx", r'''
import { useState } from 'react';

export function TodoItem({ todo, onUpdate, onDelete }) {
  const [editing, setEditing] = useState(false);
  const [title, setTitle] = useState(todo.title);

  function handleToggle() {
    // existing toggle logic
  }

  function handleSave(e) {
    e.preventDefault();
    const trimmed = title.trim();
    if (!trimmed) return onDelete(todo.id);
    onUpdate({ ...todo, title: trimmed });
    setEditing(false);
  }

  return (
    <li className={todo.done ? 'todo done' : 'todo'}>
      <input type="checkbox" checked={todo.done} onChange={handleToggle} />
      {editing ? (
        <form onSubmit={handleSave}>
          <input autoFocus value={title} onChange={(e) => setTitle(e.target.value)} onBlur={handleSave} />
        </form>
      ) : (
        <span onDoubleClick={() => setEditing(true)}>{todo.title}</span>
      )}
      <button aria-label="Delete" onClick={() => onDelete(todo.id)}>
        ×
      </button>
    </li>
  );
}
''')

ph("site_footer_same_for_columns.jsx", r'''
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
''')

ph("signup_form_initial_values_ellipsis.jsx", r'''
import { useState } from 'react';
import { registerUser } from '../api';

const initialValues = {
  firstName: '',
  lastName: '',
  email: '',
  ...,
  acceptTerms: false,
};

export default function SignupForm() {
  const [values, setValues] = useState(initialValues);
  const [error, setError] = useState(null);

  const onChange = (e) => {
    const { name, type, checked, value } = e.target;
    setValues((v) => ({ ...v, [name]: type === 'checkbox' ? checked : value }));
  };

  const onSubmit = async (e) => {
    e.preventDefault();
    try {
      await registerUser(values);
    } catch (err) {
      setError(err.message);
    }
  };

  return (
    <form onSubmit={onSubmit}>
      <input name="firstName" value={values.firstName} onChange={onChange} />
      <input name="lastName" value={values.lastName} onChange={onChange} />
      <input name="email" type="email" value={values.email} onChange={onChange} />
      <label>
        <input name="acceptTerms" type="checkbox" checked={values.acceptTerms} onChange={onChange} /> I accept
      </label>
      {error && <p className="error">{error}</p>}
      <button type="submit">Create account</button>
    </form>
  );
}
''', parses=False)

ph("product_grid_map_callback_as_before.jsx", r'''
import { useEffect, useState } from 'react';
import { fetchProducts } from '../api/products';
import ProductCard from './ProductCard';

export default function ProductGrid({ category }) {
  const [items, setItems] = useState([]);
  const [loading, setLoading] = useState(true);

  useEffect(() => {
    let cancelled = false;
    setLoading(true);
    fetchProducts({ category }).then((data) => {
      if (!cancelled) {
        setItems(data);
        setLoading(false);
      }
    });
    return () => {
      cancelled = true;
    };
  }, [category]);

  if (loading) return <div className="spinner" aria-busy="true" />;

  return (
    <div className="grid">
      {items.map((item) => {
        // ...render card as before
      })}
    </div>
  );
}
''')

ph("login_page_jsx_bare_ellipsis_text.jsx", r'''
import { useState } from 'react';
import { useNavigate, Link } from 'react-router-dom';
import { useAuth } from '../auth/AuthContext';

export default function LoginPage() {
  const { login } = useAuth();
  const navigate = useNavigate();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  async function handleSubmit(e) {
    e.preventDefault();
    await login(email, password);
    navigate('/dashboard');
  }

  return (
    <div className="auth-page">
      <h1>Welcome back</h1>
      <form onSubmit={handleSubmit}>
        <label htmlFor="email">Email</label>
        <input id="email" value={email} onChange={(e) => setEmail(e.target.value)} />
        ...
        <button type="submit">Sign in</button>
      </form>
      <p>
        No account? <Link to="/signup">Sign up</Link>
      </p>
    </div>
  );
}
''')

ph("modal_proptypes_other_props.jsx", r'''
import PropTypes from 'prop-types';
import { useEffect } from 'react';

export default function ConfirmDialog({ open, title, message, confirmLabel, onConfirm, onCancel }) {
  useEffect(() => {
    if (!open) return undefined;
    const onKey = (e) => e.key === 'Escape' && onCancel();
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open, onCancel]);

  if (!open) return null;
  return (
    <div className="dialog" role="alertdialog" aria-labelledby="dialog-title">
      <h2 id="dialog-title">{title}</h2>
      <p>{message}</p>
      <button onClick={onCancel}>Cancel</button>
      <button className="danger" onClick={onConfirm}>{confirmLabel}</button>
    </div>
  );
}

ConfirmDialog.propTypes = {
  open: PropTypes.bool.isRequired,
  title: PropTypes.string.isRequired,
  onConfirm: PropTypes.func.isRequired,
  // …other prop types
};

ConfirmDialog.defaultProps = {
  confirmLabel: 'Delete',
};
''')

ph("header_styles_object_remaining.jsx", r'''
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
''')

ph("dashboard_useeffect_fetch_stays.jsx", r'''
import { useEffect, useState } from 'react';
import { Chart } from './Chart';
import { KpiCard } from './KpiCard';

export default function Dashboard({ teamId }) {
  const [metrics, setMetrics] = useState(null);
  const [range, setRange] = useState('30d');

  useEffect(() => {
    // fetch logic stays the same
  }, [teamId, range]);

  return (
    <div className="dashboard">
      <select value={range} onChange={(e) => setRange(e.target.value)}>
        <option value="7d">Last 7 days</option>
        <option value="30d">Last 30 days</option>
        <option value="90d">Last 90 days</option>
      </select>
      {metrics && (
        <>
          <div className="kpis">
            <KpiCard label="Active users" value={metrics.activeUsers} />
            <KpiCard label="Conversion" value={`${metrics.conversion}%`} />
          </div>
          <Chart data={metrics.series} />
        </>
      )}
    </div>
  );
}
''')

ph("cart_summary_map_state_selectors.jsx", r'''
import { connect } from 'react-redux';
import { removeItem, checkout } from '../store/cartActions';
import { selectCartItems, selectCartTotal } from '../store/selectors';

function CartSummary({ items, total, shippingEstimate, removeItem, checkout }) {
  return (
    <aside className="cart-summary">
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            {item.name} × {item.qty}
            <button onClick={() => removeItem(item.id)}>Remove</button>
          </li>
        ))}
      </ul>
      <p>Shipping: {shippingEstimate}</p>
      <p className="total">Total: {total}</p>
      <button disabled={!items.length} onClick={checkout}>Checkout</button>
    </aside>
  );
}

const mapStateToProps = (state) => ({
  items: selectCartItems(state),
  total: selectCartTotal(state),
  // ...rest of the selectors
});

export default connect(mapStateToProps, { removeItem, checkout })(CartSummary);
''')

ph("theme_context_reducer_other_cases.jsx", r'''
import { createContext, useContext, useReducer } from 'react';

const ThemeContext = createContext(null);

const initialState = { mode: 'light', accent: 'blue', fontScale: 1 };

function reducer(state, action) {
  switch (action.type) {
    case 'toggleMode':
      return { ...state, mode: state.mode === 'light' ? 'dark' : 'light' };
    case 'setAccent':
      return { ...state, accent: action.accent };
    // (other cases as before)
    default:
      throw new Error(`Unknown action: ${action.type}`);
  }
}

export function ThemeProvider({ children }) {
  const [state, dispatch] = useReducer(reducer, initialState);
  return (
    <ThemeContext.Provider value={{ state, dispatch }}>
      <div data-theme={state.mode} style={{ fontSize: `${state.fontScale}rem` }}>
        {children}
      </div>
    </ThemeContext.Provider>
  );
}

export const useTheme = () => useContext(ThemeContext);
''')

ph("sidebar_menu_items_bare_ellipsis.jsx", r'''
import { NavLink } from 'react-router-dom';
import { HomeIcon, FolderIcon, UsersIcon, CogIcon } from './icons';

const menuItems = [
  { to: '/', label: 'Overview', icon: HomeIcon, end: true },
  { to: '/projects', label: 'Projects', icon: FolderIcon },
  { to: '/settings', label: 'Settings', icon: CogIcon },
  ...
];

export default function Sidebar({ collapsed }) {
  return (
    <aside className={collapsed ? 'sidebar collapsed' : 'sidebar'}>
      <ul>
        {menuItems.map(({ to, label, icon: Icon, end }) => (
          <li key={to}>
            <NavLink to={to} end={end} className={({ isActive }) => (isActive ? 'active' : undefined)}>
              <Icon aria-hidden="true" />
              {!collapsed && <span>{label}</span>}
            </NavLink>
          </li>
        ))}
      </ul>
    </aside>
  );
}
''', parses=False)

ph("product_page_sections_unchanged.jsx", r'''
import { useParams } from 'react-router-dom';
import { useProduct } from '../hooks/useProduct';
import Gallery from '../components/Gallery';
import AddToCart from '../components/AddToCart';

export default function ProductPage() {
  const { slug } = useParams();
  const { product, loading, error } = useProduct(slug);

  if (loading) return <p className="muted">Loading</p>;
  if (error) return <p className="error">Could not load this product.</p>;

  return (
    <article className="product-page">
      <Gallery images={product.images} />
      <section className="product-info">
        <h1>{product.name}</h1>
        <p className="price">{product.price}</p>
        <div dangerouslySetInnerHTML={{ __html: product.descriptionHtml }} />
        <AddToCart product={product} />
      </section>
      {/* [Reviews and Related products sections unchanged] */}
    </article>
  );
}
''')

ph("clock_class_lifecycle_existing.jsx", r'''
import React from 'react';

export default class Clock extends React.Component {
  constructor(props) {
    super(props);
    this.state = { now: new Date() };
  }

  componentDidMount() {
    /* existing code */
  }

  componentWillUnmount() {
    clearInterval(this.timerId);
  }

  tick() {
    this.setState({ now: new Date() });
  }

  render() {
    const { timeZone = 'UTC', label } = this.props;
    return (
      <div className="clock">
        {label && <span className="clock-label">{label}</span>}
        <time dateTime={this.state.now.toISOString()}>
          {this.state.now.toLocaleTimeString('en-GB', { timeZone })}
        </time>
      </div>
    );
  }
}
''')

ph("users_table_header_more_headers.jsx", r'''
export default function UsersTable({ users, sortBy, onSort }) {
  const arrow = (key) => (sortBy.key === key ? (sortBy.dir === 'asc' ? ' ▲' : ' ▼') : '');

  return (
    <table className="users-table">
      <thead>
        <tr>
          <th onClick={() => onSort('name')}>Name{arrow('name')}</th>
          <th onClick={() => onSort('email')}>Email{arrow('email')}</th>
          {/* more headers… */}
        </tr>
      </thead>
      <tbody>
        {users.map((u) => (
          <tr key={u.id}>
            <td>{u.name}</td>
            <td>{u.email}</td>
            <td>{u.role}</td>
            <td>{new Date(u.lastSeen).toLocaleDateString()}</td>
            <td>{u.active ? 'Active' : 'Disabled'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
''')

ph("profile_settings_keep_other_state.jsx", r'''
import { useState } from 'react';
import { updateProfile } from '../api/profile';

export default function ProfileSettings({ profile }) {
  const [displayName, setDisplayName] = useState(profile.displayName); // keep other state hooks
  const [saving, setSaving] = useState(false);

  async function save(e) {
    e.preventDefault();
    setSaving(true);
    try {
      await updateProfile({ displayName, bio, timezone, avatarFile });
    } finally {
      setSaving(false);
    }
  }

  return (
    <form onSubmit={save} className="profile-settings">
      <label>
        Display name
        <input value={displayName} onChange={(e) => setDisplayName(e.target.value)} />
      </label>
      <label>
        Bio
        <textarea value={bio} onChange={(e) => setBio(e.target.value)} />
      </label>
      <button disabled={saving}>{saving ? 'Saving' : 'Save changes'}</button>
    </form>
  );
}
''')

ph("i18n_provider_locales_go_here.jsx", r'''
import { IntlProvider } from 'react-intl';
import { useState, useMemo } from 'react';

const messages = {
  en: {
    'nav.home': 'Home',
    'nav.settings': 'Settings',
    'greeting': 'Hello, {name}!',
  },
  de: {
    'nav.home': 'Startseite',
    'nav.settings': 'Einstellungen',
    'greeting': 'Hallo, {name}!',
  },
  // other locales go here
};

export function I18nProvider({ children, defaultLocale = 'en' }) {
  const [locale, setLocale] = useState(
    () => localStorage.getItem('locale') || navigator.language.slice(0, 2) || defaultLocale,
  );
  const active = messages[locale] ? locale : defaultLocale;
  const value = useMemo(() => messages[active], [active]);

  return (
    <IntlProvider locale={active} messages={value} defaultLocale={defaultLocale}>
      {children}
    </IntlProvider>
  );
}
''')
