import sys

import click
import yaml

EPILOG = """
\b
Examples:
  deployctl apply -f app.yaml
  deployctl apply -f app.yaml --dry-run

\b
A minimal app.yaml:

\b
  name: web
  image: ghcr.io/acme/web:1.2.3
  replicas: 2
  env:
    LOG_LEVEL: info
"""

EXAMPLE_CONFIG = """\
name: web
image: ghcr.io/acme/web:1.2.3
replicas: 2
env:
  LOG_LEVEL: info
"""


@click.group()
def cli() -> None:
    """**deployctl** – deploy apps described in YAML.

    See the docs at https://docs.example.com/deployctl for the full schema.
    """


@cli.command(epilog=EPILOG)
@click.option("-f", "--file", "path", type=click.Path(exists=True), required=True)
@click.option("--dry-run", is_flag=True, help="Print the plan without applying it.")
def apply(path: str, dry_run: bool) -> None:
    """Apply an app definition."""
    with open(path) as fh:
        spec = yaml.safe_load(fh)
    click.echo(f"{'Would deploy' if dry_run else 'Deploying'} {spec['name']} ({spec['image']})")


@cli.command()
def example() -> None:
    """Print an example configuration."""
    sys.stdout.write(EXAMPLE_CONFIG)


if __name__ == "__main__":
    cli()
