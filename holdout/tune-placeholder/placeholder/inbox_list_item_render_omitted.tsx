import { ListItem, ListItemAvatar, ListItemText, Avatar, IconButton } from '@mui/material';
import ArchiveIcon from '@mui/icons-material/Archive';
import type { Message } from '@/types';

interface Props {
  message: Message;
  selected: boolean;
  onSelect: (id: string) => void;
  onArchive: (id: string) => void;
}

export function InboxListItem({ message, selected, onSelect, onArchive }: Props) {
  return (
    <ListItem
      selected={selected}
      onClick={() => onSelect(message.id)}
      secondaryAction={
        <>
          <IconButton edge="end" aria-label="archive" onClick={() => onArchive(message.id)}>
            <ArchiveIcon />
          </IconButton>
          {/* (rendering of the other secondary actions omitted) */}
        </>
      }
    >
      <ListItemAvatar>
        <Avatar src={message.sender.avatarUrl}>{message.sender.name[0]}</Avatar>
      </ListItemAvatar>
      <ListItemText primary={message.subject} secondary={message.preview} />
    </ListItem>
  );
}
