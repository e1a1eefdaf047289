"""The exercise file: schema, migrations, repositories, lock. No Qt."""
