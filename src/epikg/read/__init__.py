"""Reading a raw page: the steps before NER that epikg.document composes into an Article.

ingest decodes a page file and turns HTML into text aligned to it; script folds Traditional to Simplified
and full width to half width; normalize removes residue, mojibake and boilerplate and splits sentences;
pagemeta reads what the page states about itself (title, date, outlet), bylines whom it credits.
"""
