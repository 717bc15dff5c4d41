import PropTypes from 'prop-types';

const SIZES = { sm: 24, md: 40, lg: 64 };

export default function Avatar({ user, size = 'md' }) {
  const px = SIZES[size];
  const initials = user.name
    .split(' ')
    .map((p) => p[0])
    .join('')
    .slice(0, 2);
  if (!user.avatarUrl) {
    return <span className="avatar avatar--initials" style={{ width: px, height: px }}>{initials}</span>;
  }
  return <img className="avatar" width={px} height={px} src="