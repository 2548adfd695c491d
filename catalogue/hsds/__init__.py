"""Open Referral HSDS 3.0: the read-only API under /api/hsds/v3 and the tabular data package."""
