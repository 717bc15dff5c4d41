export interface Analytics {
  track(event: string, props?: Record<string, unknown>): void;
  identify(userId: string, traits?: Record<string, unknown>): void;
  flush(): Promise<void>;
}

/**
 * Used when the user has opted out of tracking. Every method intentionally
 * does nothing; callers never have to check for consent themselves.
 */
export class NoopAnalytics implements Analytics {
  track(_event: string, _props?: Record<string, unknown>): void {
    // Intentionally empty: the user opted out.
  }

  identify(_userId: string, _traits?: Record<string, unknown>): void {
    // Intentionally empty: nothing is sent without consent.
  }

  async flush(): Promise<void> {
    // Nothing is buffered, so there is nothing to flush.
  }
}

export function createAnalytics(consented: boolean, real: () => Analytics): Analytics {
  return consented ? real() : new NoopAnalytics();
}
