"""Search-field types the page models share (the search app reads what they index)."""

from wagtail.search import index


class CodeFilterField(index.FilterField):
    """A FilterField whose value is stored as its plain string (a CountryField gives a Country
    object, which Elasticsearch's JSON serializer rejects; its code is what filters match)."""

    def get_value(self, obj):
        value = super().get_value(obj)
        return str(value) if value else None
