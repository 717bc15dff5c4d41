/*
 * Copyright (c) 2024 Acme Corp.
 *
 * Permission is hereby granted, free of charge, to any person obtaining a copy
 * of this software and associated documentation files (the "Software"), to deal
 * in the Software without restriction, subject to the conditions in LICENSE.
 */

// Changelog:
//   2024-03-02  added `strict` option
//   2024-05-19  `parseBool` accepts "on"/"off"

export function parseBool(value: string | undefined, fallback = false): boolean {
  if (value === undefined) return fallback;
  const v = value.trim().toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(v)) return true;
  if (['0', 'false', 'no', 'off'].includes(v)) return false;
  return fallback;
}
