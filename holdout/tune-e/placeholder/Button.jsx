import React from "react";
import clsx from "clsx";
import Spinner from "./Spinner";

export default function Button({ variant = "primary", size = "md", loading, children, ...rest }) {
  const className = clsx(
    "btn",
    `btn-${variant}`,
    `btn-${size}`,
    loading && "btn-loading"
  );

  return (
    <button className={className} disabled={loading || rest.disabled} {...rest}>
      {loading && <Spinner size="sm" />}
      {/* ... */}
      <span className="btn-label">{children}</span>
    </button>
  );
}
