from bases import ph

ph("django_model_other_fields.py", r'''
from django.conf import settings
from django.db import models
from django.utils.text import slugify


class Article(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        PUBLISHED = "published", "Published"

    title = models.CharField(max_length=200)
    slug = models.SlugField(max_length=220, unique=True, blank=True)
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="articles")
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.DRAFT)
    # ... other fields ...
    published_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-published_at"]
        indexes = [models.Index(fields=["status", "published_at"])]

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.title)[:220]
        super().save(*args, **kwargs)

    def __str__(self):
        return self.title
''')

ph("drf_viewset_update_pass.py", r'''
from rest_framework import permissions, status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from .models import Project
from .serializers import ProjectSerializer


class ProjectViewSet(viewsets.ModelViewSet):
    serializer_class = ProjectSerializer
    permission_classes = [permissions.IsAuthenticated]

    def get_queryset(self):
        return Project.objects.filter(members=self.request.user).select_related("owner")

    def perform_create(self, serializer):
        serializer.save(owner=self.request.user)

    def update(self, request, *args, **kwargs):
        # ... existing code ...
        pass

    @action(detail=True, methods=["post"])
    def archive(self, request, pk=None):
        project = self.get_object()
        project.archived = True
        project.save(update_fields=["archived"])
        return Response(status=status.HTTP_204_NO_CONTENT)
''')

ph("django_settings_installed_apps.py", r'''
from pathlib import Path
import os

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = os.environ.get("DJANGO_DEBUG", "0") == "1"
ALLOWED_HOSTS = os.environ.get("DJANGO_ALLOWED_HOSTS", "localhost").split(",")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rest_framework",
    "corsheaders",
    # ...your other apps
]

MIDDLEWARE = [
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
]

ROOT_URLCONF = "config.urls"
''')

ph("batch_service_ellipsis_unchanged.py", r'''
import logging
from dataclasses import dataclass
from typing import Iterable

from .repository import EventRepository
from .schema import Event

log = logging.getLogger(__name__)


@dataclass
class BatchResult:
    accepted: int
    rejected: int


class EventIngestService:
    def __init__(self, repo: EventRepository, batch_size: int = 500) -> None:
        self.repo = repo
        self.batch_size = batch_size

    def ingest(self, events: Iterable[Event]) -> BatchResult:
        batch: list[Event] = []
        total = BatchResult(0, 0)
        for event in events:
            batch.append(event)
            if len(batch) >= self.batch_size:
                self._merge(total, self.process(batch))
                batch.clear()
        if batch:
            self._merge(total, self.process(batch))
        return total

    def process(self, batch: list[Event]) -> BatchResult:
        ...  # unchanged

    @staticmethod
    def _merge(into: BatchResult, other: BatchResult) -> None:
        into.accepted += other.accepted
        into.rejected += other.rejected
''')

ph("fastapi_routes_other_endpoints.py", r'''
from fastapi import APIRouter, Depends, HTTPException, status
from sqlalchemy.ext.asyncio import AsyncSession

from app.db import get_session
from app.schemas import TaskCreate, TaskOut
from app import crud

router = APIRouter(prefix="/tasks", tags=["tasks"])


@router.get("/", response_model=list[TaskOut])
async def list_tasks(limit: int = 50, session: AsyncSession = Depends(get_session)):
    return await crud.list_tasks(session, limit=limit)


@router.post("/", response_model=TaskOut, status_code=status.HTTP_201_CREATED)
async def create_task(payload: TaskCreate, session: AsyncSession = Depends(get_session)):
    return await crud.create_task(session, payload)


# (other endpoints unchanged)


@router.delete("/{task_id}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_task(task_id: int, session: AsyncSession = Depends(get_session)):
    deleted = await crud.delete_task(session, task_id)
    if not deleted:
        raise HTTPException(status_code=404, detail="Task not found")
''')

ph("conftest_more_fixtures.py", r'''
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

from app.db import Base, get_db
from app.main import app


@pytest.fixture(scope="session")
def engine():
    engine = create_engine("sqlite+pysqlite:///:memory:", future=True)
    Base.metadata.create_all(engine)
    yield engine
    engine.dispose()


@pytest.fixture()
def db(engine):
    connection = engine.connect()
    tx = connection.begin()
    session = sessionmaker(bind=connection)()
    yield session
    session.close()
    tx.rollback()
    connection.close()


# … more fixtures


@pytest.fixture()
def client(db):
    app.dependency_overrides[get_db] = lambda: db
    with TestClient(app) as c:
        yield c
    app.dependency_overrides.clear()
''')

ph("argparse_cli_remaining_arguments.py", r'''
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
''')

ph("flask_factory_register_rest.py", r'''
import logging

from flask import Flask

from .config import Config
from .extensions import db, login_manager, migrate


def create_app(config_class: type[Config] = Config) -> Flask:
    app = Flask(__name__)
    app.config.from_object(config_class)

    db.init_app(app)
    migrate.init_app(app, db)
    login_manager.init_app(app)
    login_manager.login_view = "auth.login"

    from .auth import bp as auth_bp
    from .main import bp as main_bp

    app.register_blueprint(auth_bp, url_prefix="/auth")
    app.register_blueprint(main_bp)
    # register the rest of the blueprints the same way

    if not app.debug:
        handler = logging.StreamHandler()
        handler.setLevel(logging.INFO)
        app.logger.addHandler(handler)

    return app
''')

ph("etl_pipeline_lines_unchanged.py", r'''
"""Nightly ETL: pull orders from the shop API and load them into the warehouse."""
from __future__ import annotations

import datetime as dt
import logging

import pandas as pd

from .clients import ShopClient, WarehouseClient

log = logging.getLogger("etl")


def extract(client: ShopClient, day: dt.date) -> pd.DataFrame:
    rows = list(client.iter_orders(updated_since=day))
    log.info("extracted %d orders for %s", len(rows), day)
    return pd.DataFrame.from_records(rows)


# lines 52-140 unchanged


def run(day: dt.date | None = None) -> None:
    day = day or (dt.date.today() - dt.timedelta(days=1))
    shop, wh = ShopClient.from_env(), WarehouseClient.from_env()
    raw = extract(shop, day)
    clean = transform(raw)
    load(wh, clean, partition=day)
    log.info("loaded %d rows into orders_daily/%s", len(clean), day)
''')

ph("sqlalchemy_models_relationships_omitted.py", r'''
from datetime import datetime

from sqlalchemy import ForeignKey, String, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Team(Base):
    __tablename__ = "teams"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())

    # [relationships omitted]


class Member(Base):
    __tablename__ = "members"

    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"))
    email: Mapped[str] = mapped_column(String(255), index=True)
    role: Mapped[str] = mapped_column(String(20), default="member")

    team: Mapped["Team"] = relationship(back_populates="members")
''')

ph("config_defaults_dict_etc.py", r'''
import os

DEFAULTS = {
    "http": {
        "host": "127.0.0.1",
        "port": 8000,
        "workers": 2,
    },
    "storage": {
        "backend": "s3",
        "bucket": "uploads-dev",
        "region": "eu-west-1",
        # etc.
    },
    "features": {
        "signup_enabled": True,
        "beta_dashboard": False,
    },
}


def load() -> dict:
    cfg = {section: dict(values) for section, values in DEFAULTS.items()}
    if port := os.environ.get("PORT"):
        cfg["http"]["port"] = int(port)
    if bucket := os.environ.get("UPLOAD_BUCKET"):
        cfg["storage"]["bucket"] = bucket
    return cfg
''')

ph("dates_util_todo_implement_pass.py", r'''
from __future__ import annotations

import re
from datetime import date, datetime, timedelta

_RELATIVE = re.compile(r"^(?P<n>\d+)\s*(?P<unit>d|w|m)$")


def today() -> date:
    return datetime.now().date()


def parse_relative(spec: str, base: date | None = None) -> date:
    """Parse '3d', '2w' or '1m' relative to *base* (default: today)."""
    m = _RELATIVE.match(spec.strip())
    if not m:
        raise ValueError(f"invalid relative date: {spec!r}")
    n, unit = int(m["n"]), m["unit"]
    base = base or today()
    days = {"d": 1, "w": 7, "m": 30}[unit] * n
    return base - timedelta(days=days)


def parse_date(value: str) -> date:
    # TODO: implement
    pass


def iso_week(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"
''')

ph("celery_tasks_snip.py", r'''
from celery import shared_task
from celery.utils.log import get_task_logger
from django.core.mail import send_mail

from .models import Report

logger = get_task_logger(__name__)


@shared_task(bind=True, max_retries=3, default_retry_delay=60)
def render_report(self, report_id: int) -> None:
    report = Report.objects.get(pk=report_id)
    try:
        report.render()
    except TimeoutError as exc:
        logger.warning("render timed out for report %s", report_id)
        raise self.retry(exc=exc)
    report.mark_ready()


# --- snip ---


@shared_task
def email_report(report_id: int, to: str) -> None:
    report = Report.objects.get(pk=report_id)
    send_mail(
        subject=f"Your report: {report.title}",
        message=f"Download it here: {report.download_url}",
        from_email=None,
        recipient_list=[to],
    )
''')

ph("test_invoice_remaining_methods.py", r'''
import unittest
from decimal import Decimal

from billing.invoice import Invoice, LineItem


class InvoiceTotalsTest(unittest.TestCase):
    def setUp(self):
        self.invoice = Invoice(currency="EUR", tax_rate=Decimal("0.21"))
        self.invoice.add(LineItem("Consulting", qty=10, unit_price=Decimal("95.00")))
        self.invoice.add(LineItem("Hosting", qty=1, unit_price=Decimal("40.00")))

    def test_subtotal(self):
        self.assertEqual(self.invoice.subtotal, Decimal("990.00"))

    def test_tax(self):
        self.assertEqual(self.invoice.tax, Decimal("207.90"))

    # ... remaining test methods stay the same


if __name__ == "__main__":
    unittest.main()
''')

ph("pydantic_schema_validators_no_changes.py", r'''
from datetime import date
from typing import Literal

from pydantic import BaseModel, EmailStr, Field, field_validator, model_validator


class Address(BaseModel):
    line1: str
    city: str
    postal_code: str = Field(pattern=r"^[0-9A-Z -]{3,10}$")
    country: str = Field(min_length=2, max_length=2)


class CustomerIn(BaseModel):
    email: EmailStr
    name: str = Field(min_length=1, max_length=120)
    birth_date: date | None = None
    plan: Literal["free", "pro", "team"] = "free"
    billing_address: Address | None = None
    shipping_address: Address | None = None

    # validators: no changes

    @model_validator(mode="after")
    def default_shipping(self):
        if self.shipping_address is None:
            self.shipping_address = self.billing_address
        return self
''')

ph("scraper_parse_rest_of_file.py", r'''
import asyncio
import logging
from urllib.parse import urljoin

import httpx
from selectolax.parser import HTMLParser

BASE = "https://books.example.org/"
log = logging.getLogger("scraper")


async def fetch(client: httpx.AsyncClient, url: str) -> str:
    resp = await client.get(url, timeout=20)
    resp.raise_for_status()
    return resp.text


def parse_listing(html: str) -> list[str]:
    tree = HTMLParser(html)
    return [urljoin(BASE, a.attributes["href"]) for a in tree.css("article.product_pod h3 a")]


async def crawl(start: str, limit: int = 50) -> list[str]:
    async with httpx.AsyncClient(headers={"User-Agent": "bookbot/0.1"}) as client:
        html = await fetch(client, start)
        return parse_listing(html)[:limit]

# ... rest of file ...
''')

ph("command_dispatch_previous_handling.py", r'''
import shlex
import subprocess
import sys


def run(cmd: str) -> int:
    return subprocess.call(shlex.split(cmd))


def handle(command: str, args: list[str]) -> int:
    if command == "start":
        return run(f"docker compose up -d {' '.join(args)}")
    elif command == "logs":
        service = args[0] if args else ""
        return run(f"docker compose logs -f --tail=200 {service}")
    elif command in ("stop", "restart", "ps"):
        # previous handling for the other commands
        pass
    else:
        print(f"unknown command: {command}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(handle(sys.argv[1], sys.argv[2:]))
''')

ph("repository_method_comment_only_body.py", r'''
import sqlite3
from contextlib import closing


class NoteRepository:
    def __init__(self, path: str = "notes.db") -> None:
        self.conn = sqlite3.connect(path)
        self.conn.row_factory = sqlite3.Row

    def create(self, title: str, body: str) -> int:
        with self.conn:
            cur = self.conn.execute("INSERT INTO notes (title, body) VALUES (?, ?)", (title, body))
        return cur.lastrowid

    def search(self, query: str, limit: int = 20) -> list[sqlite3.Row]:
        # ... same search implementation as before ...

    def delete(self, note_id: int) -> bool:
        with self.conn, closing(self.conn.cursor()) as cur:
            cur.execute("DELETE FROM notes WHERE id = ?", (note_id,))
            return cur.rowcount > 0
''', parses=False)
