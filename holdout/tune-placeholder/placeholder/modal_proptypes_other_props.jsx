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
