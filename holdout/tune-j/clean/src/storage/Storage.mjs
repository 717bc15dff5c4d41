export class NotImplementedError extends Error {
  constructor(method) {
    super(`${method}() must be implemented by a subclass`);
    this.name = 'NotImplementedError';
  }
}

export class Storage {
  async get(_key) {
    throw new NotImplementedError('get');
  }

  async set(_key, _value, _ttlSeconds) {
    throw new NotImplementedError('set');
  }

  async delete(_key) {
    throw new NotImplementedError('delete');
  }

  async close() {
    // subclasses that hold connections override this; in-memory stores need nothing
  }
}

export class MemoryStorage extends Storage {
  #data = new Map();

  async get(key) {
    return this.#data.get(key);
  }

  async set(key, value) {
    this.#data.set(key, value);
  }

  async delete(key) {
    return this.#data.delete(key);
  }
}
