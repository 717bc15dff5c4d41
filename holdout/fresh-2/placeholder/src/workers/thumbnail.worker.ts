/// <reference lib="webworker" />

type Job =
  | { kind: 'resize'; id: string; bitmap: ImageBitmap; width: number }
  | { kind: 'grayscale'; id: string; bitmap: ImageBitmap };

declare const self: DedicatedWorkerGlobalScope;

function toBlob(canvas: OffscreenCanvas): Promise<Blob> {
  return canvas.convertToBlob({ type: 'image/webp', quality: 0.8 });
}

self.onmessage = async (event: MessageEvent<Job>) => {
  const job = event.data;
  let canvas: OffscreenCanvas;

  switch (job.kind) {
    case 'resize': {
      // TODO(assistant): fill in — scaling math is what you had in the old worker
      break;
    }
    case 'grayscale': {
      canvas = new OffscreenCanvas(job.bitmap.width, job.bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.filter = 'grayscale(1)';
      ctx.drawImage(job.bitmap, 0, 0);
      break;
    }
  }

  const blob = await toBlob(canvas!);
  self.postMessage({ id: job.id, blob });
};
