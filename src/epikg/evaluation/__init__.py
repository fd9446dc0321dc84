"""`epikg eval`: score what the graph says against hand-made gold, as ../shared/gold-format.md defines."""
