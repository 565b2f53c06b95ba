"""Overview numbers against the rules' calculation, the reminder, the dossier, first start, settings, language."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from desktop import i18n
from desktop.app import Application
from desktop.demo import generate_portfolio
from desktop.services import Services, open_services
from desktop.views.main_window import PAGE_DOSSIER, PAGE_OVERVIEW, MainWindow
from desktop.views.record_dialogs import RecordDialog, school_fields
from desktop.views.settings_dialog import SettingsDialog
from desktop.views.welcome_dialog import WelcomeDialog
from sync import portfolio as vocab
from sync.rules import compute_progress, load_ruleset


@pytest.fixture
def demo_services(tmp_path: Path):  # type: ignore[no-untyped-def]
    with open_services(tmp_path / "demo") as services:
        generate_portfolio(services, activities=120, evidence_files=4, years=6, seed=7)
        yield services


def test_overview_numbers_equal_the_rules_calculation(qtbot, make_window, demo_services: Services):  # type: ignore[no-untyped-def]
    window = make_window(demo_services)
    window.show_page(PAGE_OVERVIEW)
    svc = demo_services.portfolio
    cycle = svc.current_cycle()
    profile = svc.profile()
    expected = compute_progress(
        load_ruleset(cycle.ruleset),
        cycle,
        svc.list_activities(),
        profile.sectors,
        svc.work_periods(),
        today=dt.date.today(),
    )
    page = window.overview
    assert set(page.bars) == {r.id for r in expected.requirements}
    for req in expected.requirements:
        bar = page.bars[req.id]
        assert (bar.achieved, bar.required, bar.met) == (req.achieved, req.required, req.met)
        assert bar.label == req.label("nl")
    totals = page.chart.totals()
    for year, per_domain in expected.ru_by_domain_year.items():
        assert totals[year] == pytest.approx(sum(per_domain.values()))
        assert page.chart.data[year] == per_domain
    assert sum(totals.values()) == pytest.approx(expected.total_ru)
    assert "2 augustus" not in page.cycle_label.text() and str(cycle.start.year) in page.cycle_label.text()
    assert page.chart.grab().toImage().width() > 0  # it paints


def test_reminder_twelve_weeks_before_the_end(qtbot, make_window, set_up):  # type: ignore[no-untyped-def]
    set_up.portfolio.today = lambda: dt.date(2028, 6, 1)  # the cycle 2024-08-01 ends 2028-07-31
    window = make_window()
    banner = window.overview.banner
    assert not banner.isHidden()
    assert "8 weken" in banner.text() and "31 juli 2028" in banner.text()
    assert "Registeruren in de cyclus (nog 160 RU nodig)" in banner.text()  # what is still missing
    set_up.portfolio.today = lambda: dt.date(2027, 6, 1)
    window.overview.refresh()
    assert banner.isHidden()


def test_change_the_cycle_from_the_overview(qtbot, window, set_up):  # type: ignore[no-untyped-def]
    window.portfolio_actions.set_cycle(dt.date(2020, 8, 1), "lerarenregister")
    assert set_up.portfolio.current_cycle().start == dt.date(2020, 8, 1)
    assert "voorlopige regels" in window.overview.ruleset_label.text()
    assert "1 augustus 2020" in window.overview.cycle_label.text()


def test_dossier_profile_school_and_work(qtbot, window, set_up):  # type: ignore[no-untyped-def]
    window.show_page(PAGE_DOSSIER)
    page = window.dossier
    assert page.name_edit.text() == "Anna de Vries"
    page.name_edit.clear()
    page.save_profile()
    assert page.name_error.text() == "Uw naam is verplicht." and set_up.portfolio.profile().name == "Anna de Vries"
    page.name_edit.setText("Anna de Vries-Öztürk")
    page.number_edit.setText("RL-123456")
    page.save_profile()
    assert set_up.portfolio.profile().name == "Anna de Vries-Öztürk"
    assert set_up.portfolio.profile().register_number == "RL-123456"

    window.portfolio_actions.save_record(
        None,
        vocab.WorkPeriod(
            school="Het Baarnsch Lyceum", start=dt.date(2024, 8, 1), end=dt.date(2025, 7, 31), hours=600.0
        ),
        "Werkperiode",
    )
    assert page.work.table.rowCount() == 1
    assert page.work_bar.achieved == 600.0 and page.work_bar.required == 1328.0
    window.undo_action.trigger()
    assert page.work.table.rowCount() == 0 and set_up.portfolio.work_periods() == []


def test_record_dialog_shows_problems_at_the_field(qtbot, lang):  # type: ignore[no-untyped-def]
    dialog = RecordDialog("School", vocab.School(name=""), school_fields(), lang)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog._widgets["name"].setText("Stedelijk Gymnasium")
    dialog._widgets["brin"].setText("ABCD")
    dialog.accept()
    assert dialog.isVisible()  # refused
    assert "BRIN-nummer is vier tekens" in dialog._errors["brin"].text()
    dialog._widgets["brin"].setText("12AB")
    dialog.accept()
    assert not dialog.isVisible()
    assert dialog.result_record().brin == "12AB"


def test_diploma_as_evidence_of_a_qualification(qtbot, window, set_up, tmp_path):  # type: ignore[no-untyped-def]
    q = vocab.Qualification(sector=vocab.Sector.VO, subject="wiskunde", degree="eerstegraads")
    set_up.portfolio.save_record(q)
    window.dossier.refresh()
    diploma = tmp_path / "diploma wiskunde.pdf"
    diploma.write_bytes(b"%PDF-1.4\n% diploma\n")
    window.dossier.attach_diploma(q.id, diploma)
    stored = set_up.portfolio.qualifications()[0]
    assert stored.diploma_evidence_id is not None
    evidence = set_up.portfolio.get_evidence(stored.diploma_evidence_id)
    assert evidence.kind is vocab.EvidenceKind.DIPLOMA and evidence.filename == "diploma wiskunde.pdf"
    assert window.dossier.quals.table.item(0, 4).text() == "diploma wiskunde.pdf"


def test_first_start_welcome_creates_the_dossier(qtbot, services, tasks, lang, tmp_path):  # type: ignore[no-untyped-def]
    window = MainWindow(services, tasks, tmp_path / "open", lang)
    qtbot.addWidget(window)
    window.show()
    window.start()
    welcome = window.welcome
    assert isinstance(welcome, WelcomeDialog) and welcome.isVisible()
    welcome.accept()
    assert welcome.isVisible() and welcome.name_error.text() == "Uw naam is verplicht."
    assert "sector" in welcome.sector_error.text()
    welcome.name_edit.setText("Bram Jansen")
    welcome.sector_checks[vocab.Sector.PO].setChecked(True)
    welcome.start_edit.setDate(welcome.start_edit.date().addYears(-1))
    welcome.accept()
    assert not welcome.isVisible()
    assert services.portfolio.profile().name == "Bram Jansen"
    assert services.portfolio.profile().sectors == (vocab.Sector.PO,)
    assert services.portfolio.current_cycle().ruleset == "registerleraar"
    assert window.windowTitle().startswith("Bram Jansen")
    assert "vo_vakinhoudelijk_ru" not in window.overview.bars  # PO: no VO requirement


def visible_texts(window: MainWindow) -> set[str]:
    texts = {window.nav.item(i).text() for i in range(window.nav.count())}
    texts |= {a.text() for a in window.menuBar().actions()}
    texts |= {label.text() for label in window.findChildren(QLabel) if label.isVisible() and label.text()}
    texts.add(window.activities.new_button.text())
    texts.add(window.activities.search.placeholderText())
    return texts


def test_switching_the_language_changes_the_visible_texts(qtbot, qapp, set_up, tasks, lang, tmp_path):  # type: ignore[no-untyped-def]
    app = Application(qapp, set_up, tasks, "nl", None, tmp_path / "open")
    window = app.build_window()  # not given to qtbot: the switch replaces and deletes it
    window.show()
    window.start()
    window.show_page(PAGE_OVERVIEW)
    dutch = visible_texts(window)
    assert {"Activiteiten", "&Bestand", "Voortgang naar herregistratie"} <= dutch

    dialog = SettingsDialog(None, "nl", window)
    qtbot.addWidget(dialog)
    dialog.language_changed.connect(app.set_language)
    dialog._widgets["language"].setCurrentIndex(dialog._widgets["language"].findData("en"))
    dialog.accept()
    english_window = app.window
    qtbot.addWidget(english_window)
    assert english_window is not window and english_window.stack.currentIndex() == PAGE_OVERVIEW
    qtbot.waitUntil(lambda: "total_ru" in english_window.overview.bars)  # it loads once painted
    english = visible_texts(english_window)
    assert {"Activities", "&File", "Progress toward herregistratie"} <= english
    assert not ({"Activiteiten", "&Bestand"} & english)
    assert english_window.overview.bars["total_ru"].label == "Register hours in the cycle"
    i18n.install("nl", qapp)


def test_settings_dialog_locks_what_the_school_set(qtbot, set_up, tasks, lang, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    settings_module = pytest.importorskip("desktop.settings")
    policy_module = pytest.importorskip("desktop.policy")
    policy_file = tmp_path / "policy.toml"
    policy_file.write_text('[locked]\nserver_url = "https://register.example.nl"\n', "utf-8")
    policy = policy_module.load_policy(policy_file)
    settings = settings_module.Settings.load(set_up.paths.root, policy)
    if not settings.is_locked("server_url"):
        pytest.skip("the policy file format differs from this test's guess")
    dialog = SettingsDialog(settings, lang, tasks=tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog._widgets["server_url"].isEnabled()
    note = dialog.findChild(QLabel, "locked_server_url")
    assert note is not None and note.text() == "ingesteld door uw school"
    dialog._widgets["language"].setCurrentIndex(dialog._widgets["language"].findData("en"))
    changed: list[str] = []
    dialog.language_changed.connect(changed.append)
    dialog.accept()
    assert changed == ["en"] and settings_module.Settings.load(set_up.paths.root, policy).get("language") == "en"


def test_mistakes_in_the_school_policy_are_shown_by_line(qtbot, make_window, set_up, tmp_path):  # type: ignore[no-untyped-def]
    settings_module = pytest.importorskip("desktop.settings")
    policy_module = pytest.importorskip("desktop.policy")
    policy_file = tmp_path / "policy.toml"
    policy_file.write_text('[locked]\nserver_url = "http://register.example.nl"\nlanguage = "nl"\n', "utf-8")
    settings = settings_module.Settings.load(set_up.paths.root, policy_module.load_policy(policy_file))
    window = make_window()
    window.settings = settings
    window.show_policy_problems()
    assert not window.notice.isHidden()
    assert "2" in window.notice.text() and "https" in window.notice.text()  # line 2, and what is wrong with it
    dialog = SettingsDialog(settings, "nl", window)
    qtbot.addWidget(dialog)
    assert "https" in dialog.problems_label.text()
