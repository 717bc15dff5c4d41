import { useEffect, useState } from 'react';

type Status = 'idle' | 'saving' | 'saved' | 'error';

const labels: Record<Status, string> = {
  idle: '',
  saving: 'Saving...',
  saved: 'All changes saved',
  error: 'Could not save. Retrying…',
};

export function SaveStatus({ status }: { status: Status }) {
  const [visible, setVisible] = useState(status !== 'idle');

  useEffect(() => {
    setVisible(status !== 'idle');
    if (status === 'saved') {
      const t = setTimeout(() => setVisible(false), 2000);
      return () => clearTimeout(t);
    }
  }, [status]);

  if (!visible) return null;
  return <p className={`save-status save-status--${status}`}>{labels[status]}</p>;
}
