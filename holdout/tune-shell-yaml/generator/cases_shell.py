"""llm-chatter and markdown-fence cases for shell scripts."""

from shbases import BASES


def _join(chunks):
    return "\n".join(chunks)


def with_prose(base, pos, prose, blank=True, final_nl=True):
    """Insert model prose into a base script.

    pos: "pre"  -> before the shebang
         "post" -> right after the shebang line
         ("mid", k) -> after chunk k (0-based)
         "end"  -> after the code
         ("wrap", pre, post) handled by passing prose as a tuple with pos="wrap"
    """
    chunks = list(BASES[base])
    sep = "\n" if blank else ""
    if not prose.endswith("\n"):
        prose += "\n"
    if pos == "pre":
        out = prose + sep + _join(chunks)
    elif pos == "post":
        first, rest = chunks[0].split("\n", 1)
        chunks[0] = first + "\n" + prose + sep + rest.lstrip("\n")
        out = _join(chunks)
    elif pos == "end":
        out = _join(chunks) + sep + prose
    elif isinstance(pos, tuple) and pos[0] == "mid":
        k = pos[1]
        assert 0 <= k < len(chunks) - 1, (base, k)
        out = _join(chunks[: k + 1]) + sep + prose + sep + _join(chunks[k + 1:])
    else:
        raise ValueError(pos)
    if not final_nl:
        out = out.rstrip("\n")
    return out


def wrap(base, before, after):
    chunks = list(BASES[base])
    return before.rstrip("\n") + "\n\n" + _join(chunks) + "\n" + after.rstrip("\n") + "\n"


# (file name, base, position, prose)
CHATTER = [
    # --- intro before the shebang -------------------------------------------------
    ("intro-heres-updated-deploy.sh", "deploy", "pre",
     "Here's the updated deploy script with retry logic:"),
    ("intro-sure-below-backup.sh", "backup", "pre",
     "Sure! Below is a script that backs up your PostgreSQL database and removes old dumps."),
    ("intro-certainly-install.sh", "install", "pre",
     "Certainly. Here is a Bash script that installs the required tools on Debian, Fedora or macOS:"),
    ("intro-ive-rewritten-rotate.sh", "rotate", "pre",
     "I've rewritten the log rotation script so it works with plain POSIX sh:"),
    ("intro-complete-build.bash", "docker", "pre",
     "Below is the complete build script, updated to push multi-arch images."),
    ("intro-okay-revised-migrate.sh", "migrate", "pre",
     "Okay, here is the revised migration runner."),
    ("intro-great-question-health.sh", "health", "pre",
     "Great question! Here is a simple health check script you can drop into cron:"),
    ("intro-here-you-go-gitclean.sh", "gitclean", "pre",
     "Here you go:"),
    ("intro-of-course-ssl.sh", "ssl", "pre",
     "Of course. The following script renews the certificates and reloads nginx."),
    ("intro-as-requested-s3.bash", "s3", "pre",
     "As requested, here is the deployment script for the static site"),
    ("intro-no-blank-line-disk.sh", "disk", "pre",
     "This version alerts you when any filesystem goes over the threshold:"),
    ("intro-parenthetical-tested-backup.bash", "backup", "pre",
     "Here is the script (tested with PostgreSQL 15 and 16):"),
    # --- right after the shebang -------------------------------------------------
    ("after-shebang-fixed-devsetup.sh", "devsetup", "post",
     "Here is the fixed version of your setup script."),
    ("after-shebang-sure-disk.sh", "disk", "post",
     "Sure, this version checks every mount point and posts to Slack"),
    ("after-shebang-two-apostrophes-install.sh", "install", "post",
     "Here's a version that doesn't require root:"),
    ("after-shebang-updated-deploy.bash", "deploy", "post",
     "Updated script below, with the retry logic moved into its own function"),
    ("after-shebang-bullets-ssl.sh", "ssl", "post",
     "This is a minimal version, keep in mind:\n  - it only supports Debian based systems\n  - it must run as root"),
    # --- between blocks ----------------------------------------------------------
    ("mid-note-jq-health.sh", "health", ("mid", 0),
     "Note that you need jq installed for this part."),
    ("mid-note-youll-need-aws-s3.sh", "s3", ("mid", 1),
     "Note: you'll need the AWS CLI configured with credentials that can write to the bucket."),
    ("mid-next-function-migrate.sh", "migrate", ("mid", 0),
     "The next function waits until Postgres accepts connections before running anything."),
    ("mid-now-we-define-docker.sh", "docker", ("mid", 1),
     "Now we define the build step itself"),
    ("mid-next-add-helper-gitclean.bash", "gitclean", ("mid", 2),
     "Next, add the loop that removes merged branches:"),
    ("mid-optional-backup.sh", "backup", ("mid", 2),
     "This part is optional, but it keeps the backup directory from growing forever."),
    ("mid-make-sure-replace-ssl.sh", "ssl", ("mid", 0),
     "Make sure to replace example.com with your own domain names."),
    ("mid-then-we-loop-rotate.sh", "rotate", ("mid", 0),
     "Then we loop over each log file and compress it"),
    ("mid-important-sudo-install.sh", "install", ("mid", 1),
     "Important: run this as a user with sudo rights, otherwise the install step will fail."),
    ("mid-i-added-helper-deploy.sh", "deploy", ("mid", 0),
     "I added a helper function for logging so the output is easier to read:"),
    ("mid-step-2-devsetup.sh", "devsetup", ("mid", 1),
     "Step 2 - Install the git hooks"),
    ("mid-bullets-changed-docker.bash", "docker", ("mid", 2),
     "Here is what changed in this section:\n- the cache is now stored in the registry\n- both tags are pushed in one build"),
    # --- after the code ----------------------------------------------------------
    ("end-this-script-will-deploy.sh", "deploy", "end",
     "This script will:\n1. Read the target environment from the first argument\n2. Update the image of the api deployment\n3. Retry failed kubectl calls up to five times\n4. Wait for the rollout to finish"),
    ("end-let-me-know-backup.sh", "backup", "end",
     "Let me know if you need anything else!"),
    ("end-explanation-heading-install.sh", "install", "end",
     "### Explanation\n\n- `need_cmd` checks whether a program is on the PATH.\n- `install_packages` picks apt-get, dnf or brew.\n- `install_terraform` downloads the release zip for your architecture."),
    ("end-usage-bold-health.sh", "health", "end",
     "**Usage:**\n\n    ./healthcheck.sh\n\nThe exit code is non-zero if any endpoint fails, so you can use it in cron or CI."),
    ("end-key-changes-deploy.bash", "deploy", "end",
     "Key changes:\n* Added retries around the kubectl calls\n* Switched to set -euo pipefail\n* Log timestamps are now in UTC"),
    ("end-you-can-run-it-s3.sh", "s3", "end",
     "You can run it with: CF_DISTRIBUTION_ID=E123 ./publish.sh"),
    ("end-ive-added-error-handling-migrate.sh", "migrate", "end",
     "I've added error handling to the migration loop so a failing file stops the run."),
    ("end-hope-this-helps-devsetup.sh", "devsetup", "end",
     "Hope this helps! If you run into permission errors, try running it with sudo."),
    ("end-thats-it-cron-ssl.sh", "ssl", "end",
     "That's it. Save it as renew-certs.sh, make it executable and add it to a weekly cron job."),
    ("end-to-use-it-gitclean.sh", "gitclean", "end",
     "To use it, set DRY_RUN=1 first to see which branches would be removed, then run it again without it."),
    ("end-should-work-gnu-bsd-disk.sh", "disk", "end",
     "This should work on both GNU and BSD systems. Feel free to adjust the threshold."),
    ("end-explanation-numbered-rotate.sh", "rotate", "end",
     "Explanation:\n1. The first loop renames and compresses each log.\n2. Only the newest 7 archives are kept.\n3. The app is told to reopen its log file with SIGHUP."),
    ("end-note-pgpass-backup.bash", "backup", "end",
     "Note: the script assumes that pg_dump can authenticate via .pgpass or PGPASSWORD."),
    ("end-want-me-to-health.sh", "health", "end",
     "Want me to add Slack notifications when a check fails?"),
    ("end-if-you-want-actions-docker.sh", "docker", "end",
     "If you want, I can also convert this into a GitHub Actions workflow."),
    ("end-in-summary-s3.sh", "s3", "end",
     "In summary, the script builds the site, uploads the assets with long cache headers and invalidates index.html in CloudFront."),
    ("end-hope-dont-hesitate-gitclean.bash", "gitclean", "end",
     "I hope this is what you were looking for. Don't hesitate to ask if something is unclear."),
    ("end-how-it-works-heading-docker.sh", "docker", "end",
     "## How it works\n\nThe script first checks whether a `multiarch` builder exists and creates one if needed. It then builds for amd64 and arm64 and pushes both tags."),
    ("end-run-it-like-this-devsetup.sh", "devsetup", "end",
     "Run it like this: `bash setup.sh`\nThe virtualenv is created in .venv and the hooks are installed automatically."),
    ("end-changes-made-parens-rotate.sh", "rotate", "end",
     "Changes made:\n1) Quoted all variables\n2) Replaced the loop over ls output with a glob"),
    ("end-lets-also-schedule-health.sh", "health", "end",
     "Let's also schedule it: add the line below to your crontab and you will get an email on every failure.\n\n    */5 * * * * /usr/local/bin/healthcheck.sh"),
    ("end-no-final-newline-migrate.sh", "migrate", "end",
     "Both functions are idempotent, so it is safe to run this script on every deploy"),
]

# cases whose text is not a single insertion
CHATTER_SPECIAL = [
    ("wrap-here-is-and-let-me-know-migrate.sh",
     lambda: wrap("migrate", "Here is the script:", "Let me know if this works for you.")),
    ("wrap-sure-and-numbered-health.bash",
     lambda: wrap("health", "Sure, here is a cleaner version of the health check",
                  "What changed:\n\n1. The URLs live in an array at the top\n2. Each failure is counted instead of exiting immediately\n3. The exit code reflects whether any check failed")),
]


def chatter_cases():
    out = []
    for name, base, pos, prose in CHATTER:
        final_nl = "no-final-newline" not in name
        blank = "no-blank-line" not in name
        out.append((name, with_prose(base, pos, prose, blank=blank, final_nl=final_nl)))
    for name, fn in CHATTER_SPECIAL:
        out.append((name, fn()))
    return out


# ----------------------------------------------------------------------------------
# markdown fences

def fenced(base, open_="```bash", close="```", indent="", final_nl=True,
           before=None, after=None):
    body = _join(BASES[base])
    parts = []
    if before:
        parts.append(before.rstrip("\n") + "\n\n")
    if open_ is not None:
        parts.append(indent + open_ + "\n")
    parts.append(body)
    if close is not None:
        parts.append(indent + close + "\n")
    if after:
        parts.append("\n" + after.rstrip("\n") + "\n")
    out = "".join(parts)
    if not final_nl:
        out = out.rstrip("\n")
    return out


def mid_fence(base, k, between, open_=None, close=None):
    """Fence text inserted between chunk k and k+1 (a model joining two blocks)."""
    chunks = list(BASES[base])
    out = ""
    if open_:
        out += open_ + "\n"
    out += _join(chunks[: k + 1]) + between.rstrip("\n") + "\n" + _join(chunks[k + 1:])
    if close:
        out += close + "\n"
    return out


def after_shebang_fence(base, fence="```bash", close="```"):
    chunks = list(BASES[base])
    first, rest = chunks[0].split("\n", 1)
    chunks[0] = first + "\n" + fence + "\n" + rest
    out = _join(chunks)
    if close:
        out += close + "\n"
    return out


FENCE = [
    ("open-close-bash-deploy.sh", lambda: fenced("deploy", "```bash", "```")),
    ("open-close-sh-backup.sh", lambda: fenced("backup", "```sh", "```")),
    ("open-close-shell-install.sh", lambda: fenced("install", "```shell", "```")),
    ("open-close-bare-rotate.sh", lambda: fenced("rotate", "```", "```")),
    ("open-only-bash-docker.sh", lambda: fenced("docker", "```bash", None)),
    ("open-only-sh-ssl.sh", lambda: fenced("ssl", "```sh", None)),
    ("close-only-migrate.sh", lambda: fenced("migrate", None, "```")),
    ("close-only-no-final-newline-health.bash", lambda: fenced("health", None, "```", final_nl=False)),
    ("close-only-then-blank-gitclean.sh", lambda: fenced("gitclean", None, "```") + "\n"),
    ("tilde-open-close-s3.sh", lambda: fenced("s3", "~~~bash", "~~~")),
    ("tilde-close-only-devsetup.sh", lambda: fenced("devsetup", None, "~~~")),
    ("tilde-bare-disk.sh", lambda: fenced("disk", "~~~", "~~~")),
    ("indented-3-spaces-deploy.sh", lambda: fenced("deploy", "```bash", "```", indent="   ")),
    ("indented-2-spaces-backup.sh", lambda: fenced("backup", "```sh", "```", indent="  ")),
    ("four-backticks-install.bash", lambda: fenced("install", "````bash", "````")),
    ("info-string-title-docker.sh", lambda: fenced("docker", "```bash title=\"build.sh\"", "```")),
    ("info-string-capital-Bash-ssl.sh", lambda: fenced("ssl", "```Bash", "```")),
    ("info-string-zsh-devsetup.sh", lambda: fenced("devsetup", "```zsh", "```")),
    ("info-string-shell-script-rotate.sh", lambda: fenced("rotate", "```shell-script", "```")),
    ("close-no-final-newline-migrate.bash", lambda: fenced("migrate", "```bash", "```", final_nl=False)),
    ("prose-before-fence-health.sh",
     lambda: fenced("health", "```bash", "```", before="Here is the script:")),
    ("prose-before-and-after-fence-s3.sh",
     lambda: fenced("s3", "```sh", "```", before="Sure! Save this as publish.sh:",
                    after="Run it from the repository root.")),
    ("mid-close-reopen-deploy.sh",
     lambda: mid_fence("deploy", 2, "```\n\n```bash", open_="```bash", close="```")),
    ("mid-close-reopen-no-outer-install.sh",
     lambda: mid_fence("install", 1, "```\n\n```bash")),
    ("mid-close-only-gitclean.bash",
     lambda: mid_fence("gitclean", 1, "```")),
    ("mid-with-prose-between-docker.sh",
     lambda: mid_fence("docker", 1, "```\n\nThen add the build function:\n\n```bash",
                       open_="```bash", close="```")),
    ("mid-tilde-reopen-backup.sh",
     lambda: mid_fence("backup", 1, "~~~\n\n~~~sh")),
    ("after-shebang-fence-rotate.sh", lambda: after_shebang_fence("rotate", "```sh", "```")),
    ("after-shebang-fence-no-close-ssl.sh", lambda: after_shebang_fence("ssl", "```bash", None)),
    ("filename-comment-then-fence-disk.sh",
     lambda: "# disk-alert.sh\n```sh\n" + _join(BASES["disk"]) + "```\n"),
    ("console-fence-devsetup.sh", lambda: fenced("devsetup", "```console", "```")),
    ("open-close-bash-with-trailing-spaces-health.sh",
     lambda: fenced("health", "```bash   ", "```  ")),
]


def fence_cases():
    return [(name, fn()) for name, fn in FENCE]
