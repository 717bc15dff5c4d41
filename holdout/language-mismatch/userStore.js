import { EventEmitter } from 'events';

export interface User {
  id: string;
  email: string;
  name: string;
  role: 'admin' | 'member';
  createdAt: Date;
}

type Listener = (user: User) => void;

export class UserStore extends EventEmitter {
  private users: Map<string, User> = new Map();

  add(user: User): void {
    this.users.set(user.id, user);
    this.emit('added', user);
  }

  get(id: string): User | undefined {
    return this.users.get(id);
  }

  findByRole(role: User['role']): User[] {
    return [...this.users.values()].filter((u) => u.role === role);
  }

  onAdded(listener: Listener): () => void {
    this.on('added', listener);
    return () => this.off('added', listener);
  }
}

export const userStore = new UserStore();
