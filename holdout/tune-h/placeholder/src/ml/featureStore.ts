import { Pool } from 'pg';

export interface FeatureRow {
  entityId: string;
  feature: string;
  value: number;
  ts: Date;
}

export class FeatureStore {
  private buffer: FeatureRow[] = [];
  private timer: NodeJS.Timeout;

  constructor(private readonly pool: Pool, private readonly maxBatch = 1000, flushMs = 2000) {
    this.timer = setInterval(() => void this.flushBatch(), flushMs);
  }

  async get(entityId: string, features: string[]): Promise<Record<string, number | null>> {
    const { rows } = await this.pool.query<{ feature: string; value: number }>(
      `SELECT DISTINCT ON (feature) feature, value
         FROM features
        WHERE entity_id = $1 AND feature = ANY($2)
        ORDER BY feature, ts DESC`,
      [entityId, features],
    );
    const out: Record<string, number | null> = Object.fromEntries(features.map((f) => [f, null]));
    for (const r of rows) out[r.feature] = r.value;
    return out;
  }

  put(row: FeatureRow): void {
    this.buffer.push(row);
    if (this.buffer.length >= this.maxBatch) void this.flushBatch();
  }

  // flushBatch() and close() below this point — no changes needed there
}
