"""Personal-data panels: the consent box of the forms, the retention preview, a person's rights."""
