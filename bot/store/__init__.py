"""The store: SQLAlchemy 2 async models, encryption at rest, the reply vault, the outbox."""
