export type Provider = 'openai' | 'anthropic' | 'local';

export interface ModelConfig {
  provider: Provider;
  model: string;
  temperature: number;
  maxTokens: number;
  timeoutMs: number;
}

// Baseline for every provider. Other providers fall back to these values unless
// PROVIDER_OVERRIDES below says otherwise.
export const DEFAULTS: Omit<ModelConfig, 'provider' | 'model'> = {
  temperature: 0.2,
  maxTokens: 1024,
  timeoutMs: 30_000,
};

const PROVIDER_OVERRIDES: Partial<Record<Provider, Partial<ModelConfig>>> = {
  local: { timeoutMs: 120_000, maxTokens: 512 },
};

export function resolveConfig(provider: Provider, model: string, overrides: Partial<ModelConfig> = {}): ModelConfig {
  return {
    ...DEFAULTS,
    ...PROVIDER_OVERRIDES[provider],
    ...overrides,
    provider,
    model,
  };
}
