{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Bronze ingest\n", "Loads the raw JSON drop into the bronze table."]
  },
  {
   "cell_type": "code",
   "execution_count": null,
   "metadata": {},
   "outputs": [],
   "source": [
    "%sql\n",
    "COPY INTO main.bronze.events\n",
    "FROM 's3://acme-raw/events/'\n",
    "FILEFORMAT = JSON\n",
    "COPY_OPTIONS ('mergeSchema' = 'true')"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": null,
   "metadata": {},
   "outputs": [],
   "source": [
    "df = spark.table(\"main.bronze.events\")\n",
    "display(df.groupBy(\"event_name\").count().orderBy(\"count\", ascen