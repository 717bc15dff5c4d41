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
