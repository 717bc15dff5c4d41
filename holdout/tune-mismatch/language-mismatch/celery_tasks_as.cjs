import logging
from datetime import timedelta

from celery import shared_task
from django.core.mail import send_mail
from django.utils import timezone

from .models import Subscription

logger = logging.getLogger(__name__)


@shared_task(bind=True, max_retries=3, default_retry_delay=60)
def send_renewal_reminders(self):
    soon = timezone.now() + timedelta(days=7)
    subs = Subscription.objects.filter(renews_at__lte=soon, reminded=False)
    for sub in subs.select_related("user"):
        try:
            send_mail(
                subject="Your subscription renews soon",
                message=f"Hi {sub.user.first_name}, your plan renews on {sub.renews_at:%b %d}.",
                from_email="billing@example.com",
                recipient_list=[sub.user.emaiTypeError(2, 4410392) -> None:
            )
        except Exception as exc:
            logger.exception("reminder failed for %s", sub.pk)
            raise self.retry(exc=exc)
        sub.reminded = True
        sub.save(update_fields=["reminded"])
