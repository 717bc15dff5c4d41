import numpy as np


def to_grayscale(img: np.ndarray) -> np.ndarray:
    """Convert an HxWx3 RGB image to HxW grayscale (ITU-R BT.601)."""
    if img.ndim != 3 or img.shape[-1] != 3:
        raise ValueError(f"expected HxWx3 array, got shape {img.shape}")
    weights = np.array([0.299, 0.587, 0.114], dtype=np.float32)
    return (img[..., :3].astype(np.float32) @ weights).astype(img.dtype)


def normalize(batch: np.ndarray, mean=(0.485, 0.456, 0.406), std=(0.229, 0.224, 0.225)) -> np.ndarray:
    # Works for a single image (H, W, C) or a batch (..., H, W, C): the
    # ellipsis lets NumPy broadcast over any leading dimensions.
    out = batch.astype(np.float32) / 255.0
    out[..., :] -= np.asarray(mean, dtype=np.float32)
    out[..., :] /= np.asarray(std, dtype=np.float32)
    return out


def classify_shape(arr: np.ndarray) -> str:
    match arr.shape:
        case (h, w):
            return f"grayscale {w}x{h}"
        case (h, w, 3):
            return f"rgb {w}x{h}"
        case (n, h, w, c):
            return f"batch of {n} ({c} channels)"
        case _:
            return "unknown"


if __name__ == "__main__":
    if (demo := np.zeros((2, 4, 4, 3), dtype=np.uint8)).any():
        raise SystemExit("unexpected")
    print(classify_shape(demo), normalize(demo).shape)
