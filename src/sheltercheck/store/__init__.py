"""Storage: SQLAlchemy 2 typed models, the one place that opens a database, migrations and backups."""
