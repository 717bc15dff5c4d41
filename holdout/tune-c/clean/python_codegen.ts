// Generates Python dataclasses from a JSON-schema-like description.
interface Field {
  name: string;
  type: 'string' | 'integer' | 'number' | 'boolean';
  optional?: boolean;
}

const PY_TYPES: Record<Field['type'], string> = {
  string: 'str',
  integer: 'int',
  number: 'float',
  boolean: 'bool',
};

export function toDataclass(className: string, fields: Field[]): string {
  const required = fields.filter((f) => !f.optional);
  const optional = fields.filter((f) => f.optional);
  const lines = [
    'from __future__ import annotations',
    '',
    'from dataclasses import dataclass',
    'from typing import Optional',
    '',
    '',
    '@dataclass(frozen=True)',
    `class ${className}:`,
    ...required.map((f) => `    ${f.name}: ${PY_TYPES[f.type]}`),
    ...optional.map((f) => `    ${f.name}: Optional[${PY_TYPES[f.type]}] = None`),
    '',
    '    @classmethod',
    `    def from_dict(cls, data: dict) -> "${className}":`,
    `        return cls(**{k: data.get(k) for k in (${fields.map((f) => `"${f.name}"`).join(', ')},)})`,
  ];
  return lines.join('\n') + '\n';
}
