"""The HTML report: one self-contained page that shows a graph's facts, each linked to its quote and article.

data: the facts, read with SPARQL; charts: inline SVG; page: the sections; markup: escaped HTML.
"""

from epikg.report.data import ReportData, gather
from epikg.report.page import render
from epikg.report.write import build_report, write_report

__all__ = ["ReportData", "build_report", "gather", "render", "write_report"]
