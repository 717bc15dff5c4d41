type Listener<T> = (next: T, prev: T) => void;

function logged<This, V>(
  target: ClassAccessorDecoratorTarget<This, V>,
  context: ClassAccessorDecoratorContext<This, V>,
): ClassAccessorDecoratorResult<This, V> {
  return {
    set(value) {
      console.debug(`[flags] ${String(context.name)} ->`, value);
      target.set.call(this, value);
    },
  };
}

export class FeatureFlagStore {
  @logged accessor darkMode = false;
  @logged accessor betaCheckout = false;
  static accessor instances = 0;

  #listeners = new Set<Listener<FeatureFlagStore>>();
  declare readonly brand: "FeatureFlagStore";

  constructor() {
    FeatureFlagStore.instances++;
  }

  subscribe(listener: Listener<FeatureFlagStore>): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  toJSON() {
    return { darkMode: this.darkMode, betaCheckout: this.betaCheckout };
  }
}
