export interface Session {
  userId: string;
  expiresAt: number;
<<<<<<< HEAD
  scopes: string[];
=======
  roles: Array<'admin' | 'member'>;
>>>>>>> rbac
}

export interface Tenant {
  id: string;
  slug: string;
  plan: 'free' | 'team' | 'enterprise';
}

export declare function currentSession(): Promise<Session | null>;
