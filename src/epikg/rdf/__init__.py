"""RDF: the one place IRIs are spelled, how they are minted, and the mapping of extractions to triples."""
