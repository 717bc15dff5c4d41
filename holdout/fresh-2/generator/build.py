"""Write every registered file under fresh-2/<label>/<path> and the manifest."""
import importlib
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

MODULES = [
    "placeholder_js", "placeholder_ts", "placeholder_sh",
    "chatter_yaml", "chatter_sh",
    "mismatch_yaml", "mismatch_toml", "mismatch_json",
    "clean_files",
]
LABELS = ["placeholder", "llm-chatter", "language-mismatch", "clean"]


def load():
    import common
    for m in MODULES:
        if os.path.exists(os.path.join(HERE, m + ".py")):
            importlib.import_module(m)
    return common.FILES


def main():
    files = load()
    for label in LABELS:
        d = os.path.join(ROOT, label)
        if os.path.isdir(d):
            shutil.rmtree(d)
    for f in files:
        p = os.path.join(ROOT, f["label"], f["path"])
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8", newline="") as fh:
            fh.write(f["body"])
        if f["body"].startswith("#!"):
            os.chmod(p, 0o755)
    with open(os.path.join(ROOT, "manifest.tsv"), "w", encoding="utf-8", newline="") as fh:
        fh.write("folder\tfile\tlanguage\tnote\n")
        for f in files:
            fh.write(f"{f['label']}\t{f['path']}\t{f['language']}\t{f['note']}\n")
    print(f"wrote {len(files)} files")


if __name__ == "__main__":
    main()
