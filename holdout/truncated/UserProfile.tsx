import { useParams } from "react-router-dom";
import { useQuery } from "@tanstack/react-query";
import { getUser } from "@/api/users";
import { Avatar } from "@/components/Avatar";

function UserProfile() {
  const { userId = "" } = useParams();
  const { data: user, isPending } = useQuery({
    queryKey: ["user", userId],
    queryFn: () => getUser(userId),
  });

  if (isPending) return <p>Loading…</p>;
  if (!user) return <p>User not found.</p>;

  return (
    <div className="profile">
      <Avatar src={user.avatarUrl} size={96} />
      <h1>{user.name}</h1>
      <p className="muted">{user.bio}</p>
    </div>
  );
}

export default UserProfi