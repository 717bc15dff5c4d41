import PropTypes from 'prop-types';
import clsx from 'clsx';

/**
 * Accessible loading indicator.
 *
 * @param {object} props
 * @param {'sm'|'md'|'lg'} [props.size] - visual size
 * @param {string} [props.label] - screen-reader text, defaults to "Loading…"
 * @param {...*} props.rest - any other prop is forwarded to the wrapper div
 */
export default function Spinner({ size = 'md', label = 'Loading…', className, ...rest }) {
  return (
    <div role="status" className={clsx('spinner', `spinner--${size}`, className)} {...rest}>
      <svg viewBox="0 0 24 24" aria-hidden="true" className="spinner__icon">
        <circle cx="12" cy="12" r="10" fill="none" strokeWidth="3" />
      </svg>
      <span className="visually-hidden">{label}</span>
    </div>
  );
}

Spinner.propTypes = {
  size: PropTypes.oneOf(['sm', 'md', 'lg']),
  label: PropTypes.string,
  className: PropTypes.string,
};