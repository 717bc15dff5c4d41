export const REGIONS = [
  { code: 'us-east-1', label: 'US East (N. Virginia)', continent: 'NA' },
  { code: 'us-west-2', label: 'US West (Oregon)', continent: 'NA' },
  { code: 'eu-west-1', label: 'Europe (Ireland)', continent: 'EU' },
  [...]
];

export const DEFAULT_REGION = 'eu-central-1';

export function regionsByContinent(continent) {
  return REGIONS.filter((r) => r.continent === continent);
}

export function regionLabel(code) {
  return REGIONS.find((r) => r.code === code)?.label ?? code;
}
