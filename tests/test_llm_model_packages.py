"""How the real-model test finds its GGUF in installed packages (runs without the ``llm`` extra).

Real packages are built in a temporary folder on ``sys.path``: one shipping a whole file, and a
model split into two chunk packages, so joining order and the checksum are exercised for real.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from llama_server import ModelPackage, model_path


def package(root: Path, name: str, payload: bytes, file_name: str) -> None:
    folder = root / name
    (folder / "data").mkdir(parents=True)
    (folder / "__init__.py").write_text("")
    (folder / "data" / file_name).write_bytes(payload)


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "site"
    root.mkdir()
    monkeypatch.syspath_prepend(str(root))
    return root


def test_a_shipped_gguf_is_used_where_it_lies(site: Path, tmp_path: Path) -> None:
    package(site, "whole_model_pkg", b"GGUF whole", "model.gguf")
    model = ModelPackage("whole", ("whole_model_pkg",))
    assert model.installed()
    assert model_path(model, tmp_path).read_bytes() == b"GGUF whole"


def test_chunks_are_joined_in_package_order_and_checked(site: Path, tmp_path: Path) -> None:
    package(site, "chunked_pkg_b", b"-second half", "part02.bin")
    package(site, "chunked_pkg_a", b"GGUF first half", "part01.bin")
    digest = hashlib.sha256(b"GGUF first half-second half").hexdigest()
    joined = model_path(ModelPackage("chunked", ("chunked_pkg_a", "chunked_pkg_b"), digest), tmp_path)
    assert joined.parent == tmp_path and joined.read_bytes() == b"GGUF first half-second half"

    swapped = ModelPackage("swapped", ("chunked_pkg_b", "chunked_pkg_a"), digest)
    with pytest.raises(ValueError, match="a chunk is wrong"):
        model_path(swapped, tmp_path)


def test_a_model_with_a_missing_chunk_is_not_installed(site: Path) -> None:
    package(site, "present_chunk_pkg", b"GGUF", "part01.bin")
    assert not ModelPackage("partial", ("present_chunk_pkg", "absent_chunk_pkg_xyz"), "0" * 64).installed()
