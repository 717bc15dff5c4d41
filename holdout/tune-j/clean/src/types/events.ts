export interface UserCreated {
  type: 'user.created';
  userId: string;
  email: string;
}

export interface UserDeleted {
  type: 'user.deleted';
  userId: string;
  reason?: string;
}

export type DomainEvent = UserCreated | UserDeleted;

// same as above but with a timestamp and a sequence number, as stored in the outbox
export type StoredEvent<E extends DomainEvent = DomainEvent> = E & {
  occurredAt: string;
  seq: number;
};

export function isUserEvent(e: StoredEvent): e is StoredEvent<UserCreated | UserDeleted> {
  return e.type.startsWith('user.');
}
