import { useState } from 'react';

export function Banner({ message, tone = 'info', dismissible = true }) {
  const [visible, setVisible] = useState(true);
  if (!visible) return null;

  return (
    <div className={`banner banner--${tone}`} role="status">
      <!-- icon is decorative, text carries the meaning -->
      <span className="banner__icon" aria-hidden="true" />
      <p className="banner__text">{message}</p>
      {dismissible && (
        <button className="banner__close" aria-label="Dismiss" onClick={() => setVisible(false)}>
          ×
        </button>
      )}
    </div>
  );
}

export function MaintenanceBanner({ until }) {
  return <Banner tone="warning" message={`Scheduled maintenance until ${until}.`} dismissible={false} />;
}
