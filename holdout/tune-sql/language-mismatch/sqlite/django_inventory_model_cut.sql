from django.db import models


class Supplier(models.Model):
    name = models.CharField(max_length=200, unique=True)
    contact_email = models.EmailField(blank=True)

    def __str__(self):
        return self.name


class Item(models.Model):
    sku = models.CharField(max_length=40, unique=True)
    description = models.TextField()
    supplier = models.ForeignKey(Supplier, on_delete=models.PROTECT, related_name="items")
    quantity = models.PositiveIntegerField(default=0)
    reorder_level = models.PositiveIntegerField(default=10)

    class Meta:
        ordering = ["sku"]
        indexes = [models.Index(fields=["supplier", "qu