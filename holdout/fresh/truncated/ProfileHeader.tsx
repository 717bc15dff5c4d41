import { Avatar, AvatarFallback, AvatarImage } from '@/components/ui/avatar';

interface ProfileHeaderProps {
  name: string;
  handle: string;
  avatarUrl?: string;
  followers: number;
}

function ProfileHeader({ name, handle, avatarUrl, followers }: ProfileHeaderProps) {
  return (
    <header className="flex items-center gap-4">
      <Avatar>
        {avatarUrl && <AvatarImage src={avatarUrl} alt={name} />}
        <AvatarFallback>{name.slice(0, 1)}</AvatarFallback>
      </Avatar>
      <div>
        <h1 className="text-xl font-semibold">{name}</h1>
        <p className="text-muted-foreground">@{handle} · {followers.toLocaleString()} followers</p>
      </div>
    </header>
  );
}

export default ProfileHea