from django.db import models


class Clinic(models.Model):
    name = models.CharField(max_length=120)
    timezone = models.CharField(max_length=64, default="UTC")

    class Meta:
        db_table = "clinic"


class Appointment(models.Model):
    clinic = models.ForeignKey(Clinic, on_delete=models.CASCADE, related_name="appointments")
    patient_id = models.BigIntegerField(db_index=True)
    starts_at = models.DateTimeField()
    duration_minutes = models.PositiveSmallIntegerField(default=15)
    status = models.CharField(
        max_length=16,
        choices=[("booked", "Booked"), ("arrived", "Arrived"), ("no_show", "No show")],
        default="booked",
    )

    class Meta:
        db_table = "appointment"
        indexes = [models.Index(fields=["clinic", "starts_at"])]
