"""Shared fixtures: where the seeds and test data live."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

from epikg.pipeline import BuildOptions, build

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def seeds_dir() -> Path:
    return ROOT / "seeds"


@pytest.fixture
def data_dir() -> Path:
    return Path(__file__).resolve().parent / "data"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden", action="store_true", help="Rewrite golden Turtle files from current output."
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(scope="session")
def seeds_kg(tmp_path_factory: pytest.TempPathFactory) -> tuple[Graph, Path]:
    """The seeds built with the rules alone, as an rdflib graph and as a Turtle file (read them, never change
    them: the store tests share them)."""
    result = build([ROOT / "seeds"], BuildOptions(use_model=False))
    path = tmp_path_factory.mktemp("kg") / "kg.ttl"
    result.graph.serialize(path, format="turtle")
    return result.graph, path
