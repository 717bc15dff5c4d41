/**
 * Client for the model-serving bridge.
 *
 * The bridge is a thin HTTP layer in front of a Python worker. Every method
 * here maps one-to-one onto a Python function, so the examples below show
 * the Python side first; the TypeScript call has the same shape.
 *
 * Python worker (for reference):
 *
 * ```python
 * from fastapi import FastAPI
 * from pydantic import BaseModel
 *
 * app = FastAPI()
 *
 * class EmbedRequest(BaseModel):
 *     texts: list[str]
 *     normalize: bool = True
 *
 * @app.post("/embed")
 * def embed(req: EmbedRequest) -> dict:
 *     vectors = model.encode(req.texts, normalize_embeddings=req.normalize)
 *     return {"vectors": vectors.tolist(), "dim": vectors.shape[1]}
 * ```
 *
 * Calling it from Python directly:
 *
 * ```python
 * import requests
 * r = requests.post("http://localhost:8001/embed", json={"texts": ["hello"]})
 * r.raise_for_status()
 * print(r.json()["dim"])
 * ```
 *
 * @example
 * const bridge = new BridgeClient("http://localhost:8001");
 * const { vectors } = await bridge.embed(["hello", "world"]);
 */
export class BridgeClient {
  constructor(private readonly baseUrl: string, private readonly timeoutMs = 10_000) {}

  /**
   * Mirrors `def embed(texts: list[str], normalize: bool = True) -> dict`.
   *
   * ```python
   * >>> embed(["a", "b"])["dim"]
   * 384
   * ```
   */
  async embed(texts: string[], normalize = true): Promise<{ vectors: number[][]; dim: number }> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.timeoutMs);
    try {
      const res = await fetch(`${this.baseUrl}/embed`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ texts, normalize }),
        signal: controller.signal,
      });
      if (!res.ok) {
        throw new Error(`bridge returned ${res.status}`);
      }
      return (await res.json()) as { vectors: number[][]; dim: number };
    } finally {
      clearTimeout(timer);
    }
  }
}
