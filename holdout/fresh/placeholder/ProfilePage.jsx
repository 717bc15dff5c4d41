import { useEffect, useState } from 'react';
import { getProfile, updateProfile } from '../api/profile';
import Spinner from '../components/Spinner';

export default function ProfilePage({ userId }) {
  const [profile, setProfile] = useState(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    getProfile(userId).then(setProfile);
  }, [userId]);

  async function handleSave(changes) {
    setSaving(true);
    try {
      setProfile(await updateProfile(userId, changes));
    } finally {
      setSaving(false);
    }
  }

  if (!profile) return <Spinner />;

  // rest of the component stays the same
}
