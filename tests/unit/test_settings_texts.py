"""The settings' texts go through Qt's translation system: Dutch by default, every string translated."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from desktop import i18n
from desktop.policy import load_policy
from desktop.settings import LOCKED_TEXT, POLICY_PROBLEMS_TEXT, SPECS, label, locked_text, policy_problems_text

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"


def source_strings() -> set[str]:
    return {LOCKED_TEXT, POLICY_PROBLEMS_TEXT} | {s.label for s in SPECS.values()} | {
        s.description for s in SPECS.values()
    }


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_text_is_in_the_ts_file_and_finished(lang: str) -> None:
    root = ET.parse(TRANSLATIONS / f"deploy_{lang}.ts").getroot()
    messages = {m.findtext("source"): m.find("translation") for m in root.iter("message")}
    assert source_strings() <= set(messages)
    for source, translation in messages.items():
        assert translation is not None and translation.text, source
        assert translation.get("type") is None, f"{source!r} is not marked finished"
        if lang == "nl":
            assert translation.text != source or source == "Proxy", f"{source!r} has no Dutch"


def test_the_app_shows_dutch_then_english(qapp: QApplication, tmp_path: Path) -> None:
    i18n.build()
    broken = tmp_path / "policy.toml"
    broken.write_text("[locked]\nupdate_checks = nee\n")
    policy = load_policy(broken)
    try:
        assert i18n.install("en", qapp) == "en"
        assert locked_text() == "set by your school" and label("server_url") == "Register server"
        assert i18n.install("nl", qapp) == "nl"
        assert locked_text() == "ingesteld door uw school"
        assert label("server_url") == "Registerserver"
        notice = policy_problems_text(policy, "nl")
        assert notice.startswith(f"Het instellingenbestand van uw school ({broken}) bevat fouten")
        assert "Regel 2: " in notice
    finally:
        i18n.install("nl", qapp)  # the app's default language, as other tests expect
