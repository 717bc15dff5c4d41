export function Spinner({ size = 24, label = "Loading…", ...rest }) {
  return (
    <span role="status" aria-label={label} {...rest}>
      <svg width={size} height={size} viewBox="0 0 24 24" className="spin">
        <circle cx="12" cy="12" r="10" fill="none" strokeWidth="3" />
      </svg>
      <span className="sr-only">Loading...</span>
    </span>
  );
}

export function PageLoader(props) {
  return (
    <div className="page-loader">
      <Spinner size={48} {...props} />
      <p>Fetching your data...</p>
    </div>
  );
}
