export interface Entity {
  id: string;
  createdAt: Date;
}

export abstract class Repository<T extends Entity> {
  protected abstract readonly table: string;

  abstract findById(id: string): Promise<T | undefined>;
  abstract insert(row: Omit<T, 'id' | 'createdAt'>): Promise<T>;
  abstract delete(id: string): Promise<boolean>;

  async getOrThrow(id: string): Promise<T> {
    const row = await this.findById(id);
    if (!row) throw new Error(`${this.table}: no row with id ${id}`);
    return row;
  }
}

export class MemoryRepository<T extends Entity> extends Repository<T> {
  protected readonly table = 'memory';
  private rows = new Map<string, T>();

  async findById(id: string) {
    return this.rows.get(id);
  }

  async insert(row: Omit<T, 'id' | 'createdAt'>): Promise<T> {
    const full = { ...row, id: crypto.randomUUID(), createdAt: new Date() } as T;
    this.rows.set(full.id, full);
    return full;
  }

  async delete(id: string) {
    return this.rows.delete(id);
  }
}
