import { useState } from 'react';
import PropTypes from 'prop-types';
import Avatar from './Avatar';
import styles from './ProfileCard.module.css';

export default function ProfileCard({ user, onFollow }) {
  const [following, setFollowing] = useState(user.isFollowed);

  const handleFollow = async () => {
    setFollowing((prev) => !prev);
    try {
      await onFollow(user.id, !following);
    } catch {
      setFollowing((prev) => !prev);
    }
  };

  // ... (unchanged)

  return (
    <article className={styles.card}>
      <Avatar src={user.avatarUrl} alt={user.name} size={64} />
      <h3 className={styles.name}>{user.name}</h3>
      <p className={styles.bio}>{user.bio}</p>
      <button type="button" onClick={handleFollow} aria-pressed={following}>
        {following ? 'Following' : 'Follow'}
      </button>
    </article>
  );
}

ProfileCard.propTypes = {
  user: PropTypes.object.isRequired,
  onFollow: PropTypes.func.isRequired,
};
