import type { ButtonHTMLAttributes } from 'react';

type Props = ButtonHTMLAttributes<HTMLButtonElement> & { active?: boolean };

export function GroupButton({ active, className, ...props }: Props) {
  return <button className={`${className ?? ''} ${active ? 'active' : ''}`} {..props} />;
}

export function ButtonGroup({ options, value, onChange }: { options: string[]; value: string; onChange: (v: string) => void }) {
  return (
    <div role="group" className="btn-group">
      {options.map((o) => (
        <GroupButton key={o} active={o === value} onClick={() => onChange(o)}>
          {o}
        </GroupButton>
      ))}
    </div>
  );
}
