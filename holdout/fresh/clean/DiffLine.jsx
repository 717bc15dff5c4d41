import clsx from 'clsx';

const KIND = {
  '+': 'added',
  '-': 'removed',
  ' ': 'context',
};

export function DiffLine({ line, number }) {
  const kind = KIND[line[0]] ?? 'meta';
  return (
    <tr className={clsx('diff-line', `diff-line--${kind}`)}>
      <td className="diff-line__no">{number}</td>
      <td className="diff-line__text">
        <code>{line}</code>
      </td>
    </tr>
  );
}

export function ConflictHint() {
  return (
    <p className="hint">
      Lines such as <code>{'<<<<<<< HEAD'}</code>, <code>{'======='}</code> and{' '}
      <code>{'>>>>>>> main'}</code> mean the merge needs your attention.
    </p>
  );
}
