"""Wagtail's Elasticsearch 8 and OpenSearch 2 backends, with an alias swap that is atomic.

modelsearch's atomic rebuild points the alias at the new index and only then removes it from
the old one, so for a moment the alias covers both and every search returns each page twice
(search/tests/test_engine_index.py caught it). Here one `_aliases` request removes and adds
together, as the engine documents for zero-downtime reindexing. Class names are kept, so
`search_status` reports the same backend kinds.
"""

from modelsearch.backends.elasticsearch8 import Elasticsearch8SearchBackend as WagtailES8
from modelsearch.backends.elasticsearchbase import ElasticsearchAtomicIndexRebuilder
from modelsearch.backends.opensearch2 import OpenSearch2SearchBackend as WagtailOpenSearch2


class AtomicAliasRebuilder(ElasticsearchAtomicIndexRebuilder):
    def finish(self):
        if not self.alias.is_alias():  # first atomic rebuild: there is nothing to swap yet
            return super().finish()
        self.index.refresh()
        old = [index for index in self.alias.aliased_indices() if index.name != self.index.name]
        actions = [{"remove": {"index": index.name, "alias": self.alias.name}} for index in old]
        actions.append({"add": {"index": self.index.name, "alias": self.alias.name}})
        backend = self.index.backend
        if backend.use_new_elasticsearch_api:  # elasticsearch-py 8 takes the actions directly
            backend.es.indices.update_aliases(actions=actions)
        else:
            backend.es.indices.update_aliases(body={"actions": actions})
        for index in old:
            index.delete()


class Elasticsearch8SearchBackend(WagtailES8):
    atomic_rebuilder_class = AtomicAliasRebuilder


class OpenSearch2SearchBackend(WagtailOpenSearch2):
    atomic_rebuilder_class = AtomicAliasRebuilder
