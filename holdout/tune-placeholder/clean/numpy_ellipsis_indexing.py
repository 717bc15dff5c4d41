import numpy as np


def to_grayscale(images: np.ndarray) -> np.ndarray:
    """Convert an (..., H, W, 3) RGB batch to (..., H, W) luminance."""
    weights = np.array([0.299, 0.587, 0.114], dtype=images.dtype)
    return images[..., :3] @ weights


def first_channel(volume: np.ndarray) -> np.ndarray:
    return volume[..., 0]


def normalise(batch: np.ndarray) -> np.ndarray:
    mean = batch.mean(axis=(-2, -1), keepdims=True)
    std = batch.std(axis=(-2, -1), keepdims=True) + 1e-8
    out = (batch - mean) / std
    out[..., 0, 0] = 0.0  # pin the corner pixel, see issue #212
    return out


SENTINEL = ...
