import { useParams } from "react-router-dom";
import useSWR from "swr";

export default function ProfilePage() {
  const { username } = useParams();
  const { data: profile, isLoading } = useSWR(`/api/users/${username}`);

  if (isLoading) return <Spinner />;
  if (!profile) return <NotFound />;

  return (
    <article className="profile">
      <img src={profile.avatarUrl} alt="" className="avatar" />
      <h1>{profile.displayName}</h1>
    </article>
  );
}

// rest of the component stays the same
