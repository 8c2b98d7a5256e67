"""Reader input is cleaned before it reaches any search backend."""

import re
import unicodedata

MAX_QUERY_LENGTH = 200
# Query-syntax characters of SQLite FTS5, PostgreSQL tsquery and Lucene; readers search words.
_SYNTAX = re.compile(r"""["'`*^():{}\[\]+\\~!?|&/<>=;@#%$]""")


def normalise_query(raw):
    """Plain words only: no control characters, no query syntax, at most 200 characters."""
    text = "".join(
        " " if unicodedata.category(ch).startswith("C") else ch for ch in (raw or "")[:2000]
    )
    text = _SYNTAX.sub(" ", text)
    text = re.sub(r"(?<!\w)-+|-+(?!\w)", " ", text)  # keep hyphenated names, drop lone dashes
    return " ".join(text.split())[:MAX_QUERY_LENGTH].strip()
