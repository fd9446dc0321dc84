"""Build engines over the unit of work (epikg.document): output writing, local workers, the result cache."""
