"""The export's texts are translated completely, and every translation keeps its placeholders."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from tests.conftest import REPO_ROOT


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_export_text_is_translated_with_its_placeholders(lang: str) -> None:
    root = ET.parse(REPO_ROOT / "resources" / "translations" / f"export_{lang}.ts").getroot()
    messages = list(root.iter("message"))
    assert len(messages) > 100
    for message in messages:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None and translation.text, source
        assert sorted(re.findall(r"\{\w+\}", source)) == sorted(re.findall(r"\{\w+\}", translation.text)), source
