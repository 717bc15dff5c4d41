export interface Entity {
  id: string;
}

export abstract class Repository<T extends Entity> {
  protected readonly cache = new Map<string, T>();

  abstract findById(id: string): Promise<T | null>;
  abstract insert(entity: T): Promise<void>;
  abstract update(entity: T): Promise<void>;

  async save(entity: T): Promise<T> {
    if (this.cache.has(entity.id) || (await this.findById(entity.id))) {
      await this.update(entity);
    } else {
      await this.insert(entity);
    }
    this.cache.set(entity.id, entity);
    this.onSaved(entity);
    return entity;
  }

  protected onSaved(_entity: T): void {
    // hook for subclasses (auditing, cache warm-up); the default does nothing
  }
}
