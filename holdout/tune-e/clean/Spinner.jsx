import React from "react";

const sizes = { sm: 16, md: 24, lg: 40 };

export default function Spinner({ size = "md", label = "Loading…", ...props }) {
  const px = sizes[size] ?? sizes.md;
  return (
    <span role="status" className="spinner" {...props}>
      <svg width={px} height={px} viewBox="0 0 24 24" aria-hidden="true">
        <circle cx="12" cy="12" r="10" fill="none" strokeWidth="3" />
      </svg>
      <span className="visually-hidden">{label}</span>
    </span>
  );
}
