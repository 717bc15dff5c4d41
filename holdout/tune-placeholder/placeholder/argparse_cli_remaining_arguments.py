import argparse
import sys
from pathlib import Path

from .convert import convert_file


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="mdconv", description="Convert Markdown to HTML or PDF.")
    parser.add_argument("inputs", nargs="+", type=Path, help="Markdown files to convert")
    parser.add_argument("-o", "--out-dir", type=Path, default=Path("out"))
    parser.add_argument("-f", "--format", choices=["html", "pdf"], default="html")
    # remaining arguments as before
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    args.out_dir.mkdir(parents=True, exist_ok=True)
    failures = 0
    for path in args.inputs:
        try:
            convert_file(path, args.out_dir, fmt=args.format, toc=args.toc, css=args.css)
        except Exception as exc:  # noqa: BLE001
            print(f"{path}: {exc}", file=sys.stderr)
            failures += 1
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
