"""Browser and backup tests restore the database from its serialized copy between tests
(`serialized_rollback`); the restore must work whatever Django's content-type cache holds.
Every transactional test here uses serialized_rollback: a plain one leaves content types that
post_migrate recreated under new ids, and the next restore collides with them."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.management.color import no_style
from django.db import connection
from wagtail.models import GroupApprovalTask, Workflow


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_serialized_database_restores_with_a_cold_content_type_cache():
    """Wagtail builds a workflow task's content type when the task is built; if the restore
    reached the tasks before the content types, that lookup would insert a content type row
    that the restore then inserts again (a duplicate key, and every later test broken)."""
    serialized = connection.creation.serialize_db_to_string()
    assert GroupApprovalTask.objects.exists()  # the moderation workflow's review task
    empty_every_table()
    ContentType.objects.clear_cache()

    connection.creation.deserialize_db_from_string(serialized)

    task = GroupApprovalTask.objects.get()
    assert task.content_type == ContentType.objects.get_for_model(GroupApprovalTask)
    assert Workflow.objects.filter(workflow_tasks__task=task).exists()


def empty_every_table():
    """What the teardown of a serialized_rollback test does: no post_migrate, and the id
    sequences left where they are (the restore brings back rows with their ids)."""
    tables = connection.introspection.django_table_names(only_existing=True)
    statements = connection.ops.sql_flush(
        no_style(), tables, reset_sequences=False, allow_cascade=True
    )
    connection.ops.execute_sql_flush(statements)
