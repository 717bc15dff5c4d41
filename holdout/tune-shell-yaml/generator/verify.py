#!/usr/bin/env python3
"""Check the generated corpus with real parsers and print per-file results as JSON.

usage: /tmp/yamlvenv/bin/python verify.py <corpus-root>   (needs PyYAML + ruamel.yaml)

- every base script (shbases) must pass `bash -n` (and `dash -n` for #!/bin/sh),
  every YAML base (yamlbases) must load with PyYAML and ruamel.yaml;
- clean/: .sh/.bash -> bash -n (+ dash -n when the shebang is /bin/sh);
          .yml/.yaml -> PyYAML safe_load_all and ruamel.yaml (safe) load_all;
- llm-chatter/, markdown-fence/: record whether bash -n (and dash -n for sh) accepts;
- truncated/: record whether PyYAML / ruamel.yaml still load every document.
"""

import json
import os
import subprocess
import sys

sys.dont_write_bytecode = True
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import yaml  # noqa: E402
from ruamel.yaml import YAML  # noqa: E402

from shbases import BASES, script  # noqa: E402
from yamlbases import Y  # noqa: E402


def sh_ok(shell, path):
    r = subprocess.run([shell, "-n", path], capture_output=True, text=True)
    return r.returncode == 0, r.stderr.strip().splitlines()[:1]


def is_posix_sh(text):
    for line in text.splitlines():
        if line.startswith("#!"):
            return line.strip() in ("#!/bin/sh", "#!/usr/bin/env sh")
    return False


def pyyaml_ok(text):
    try:
        list(yaml.safe_load_all(text))
        return True, ""
    except yaml.YAMLError as e:
        return False, str(e).splitlines()[0]


def ruamel_ok(text):
    try:
        list(YAML(typ="safe", pure=True).load_all(text))
        return True, ""
    except Exception as e:  # ruamel raises several error classes
        return False, str(e).splitlines()[0]


def check_bases():
    bad = []
    with tempfile.TemporaryDirectory() as td:
        for name in BASES:
            text = script(name)
            p = os.path.join(td, name + ".sh")
            open(p, "w").write(text)
            if not sh_ok("bash", p)[0]:
                bad.append(("bash", name))
            if is_posix_sh(text) and not sh_ok("dash", p)[0]:
                bad.append(("dash", name))
    for name, text in Y.items():
        if not pyyaml_ok(text)[0] or not ruamel_ok(text)[0]:
            bad.append(("yaml", name))
    return bad


def main(root):
    res = {"bases_failing": check_bases(), "files": {}}
    for folder in ("llm-chatter", "markdown-fence", "truncated", "clean"):
        d = os.path.join(root, folder)
        for name in sorted(os.listdir(d)):
            p = os.path.join(d, name)
            text = open(p, encoding="utf-8").read()
            entry = {}
            if name.endswith((".sh", ".bash")):
                entry["bash_n"], entry["bash_err"] = sh_ok("bash", p)
                if is_posix_sh(text):
                    entry["dash_n"], entry["dash_err"] = sh_ok("dash", p)
            else:
                entry["pyyaml"], entry["pyyaml_err"] = pyyaml_ok(text)
                entry["ruamel"], entry["ruamel_err"] = ruamel_ok(text)
            entry["final_newline"] = text.endswith("\n")
            res["files"][f"{folder}/{name}"] = entry
    json.dump(res, sys.stdout, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
