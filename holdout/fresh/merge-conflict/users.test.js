import { describe, it, expect, beforeEach } from 'vitest';
import { createUserStore } from '../src/userStore.js';

describe('userStore', () => {
  let store;
  beforeEach(() => {
    store = createUserStore();
  });

  it('adds a user', () => {
    store.add({ id: 1, name: 'Ada' });
    expect(store.all()).toHaveLength(1);
  });

<<<<<<< HEAD
  it('removes a user', () => {
    store.add({ id: 1, name: 'Ada' });
    store.remove(1);
    expect(store.all()).toEqual([]);
  });
=======
  it('ignores removal of unknown ids', () => {
    expect(() => store.remove(42)).not.toThrow();
  });
>>>>>>> main
});
