# env.py of every generated script directory: runs on the connection the driver opened for the
# command (Alembic's documented pattern for sharing a connection with programmatic commands).
from alembic import context

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=None)
with context.begin_transaction():
    context.run_migrations()
