// ... (imports unchanged)

const MAX_ATTEMPTS = 5;

export async function syncInventory(client: WarehouseClient, logger: Logger): Promise<SyncResult> {
  let attempt = 0;
  while (attempt < MAX_ATTEMPTS) {
    attempt += 1;
    try {
      const snapshot = await client.fetchSnapshot();
      const changed = diffInventory(await loadLocal(), snapshot);
      await applyChanges(changed);
      logger.info({ changed: changed.length, attempt }, 'inventory synced');
      return { ok: true, changed: changed.length };
    } catch (err) {
      logger.warn({ err, attempt }, 'inventory sync failed, retrying');
      await sleep(2 ** attempt * 250);
    }
  }
  return { ok: false, changed: 0 };
}
