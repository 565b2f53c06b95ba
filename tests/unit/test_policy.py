"""The school's policy file: where it is, what it sets, and every kind of mistake named with its line."""

from __future__ import annotations

import os
import textwrap
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.policy import MAX_POLICY_BYTES, Policy, load_policy, policy_path
from desktop.settings import KEYS

PEM = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n"


def write(tmp_path: Path, text: str, name: str = "policy.toml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def problems_by_line(policy: Policy) -> dict[int | None, str]:
    return {p.line: p.code for p in policy.problems}


# --- where -------------------------------------------------------------------------------------

def test_the_environment_variable_names_the_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("BEKWAAM_POLICY", str(tmp_path / "p.toml"))
    assert policy_path() == tmp_path / "p.toml"


@pytest.mark.parametrize(
    ("platform", "expected"),
    [
        ("linux", "/etc/bekwaam/policy.toml"),
        ("darwin", "/Library/Application Support/Bekwaam/policy.toml"),
        ("win32", "D:\\PD/Bekwaam/policy.toml"),
    ],
)
def test_the_platform_locations(monkeypatch: pytest.MonkeyPatch, platform: str, expected: str) -> None:
    monkeypatch.delenv("BEKWAAM_POLICY", raising=False)
    monkeypatch.setenv("ProgramData", "D:\\PD")
    monkeypatch.setattr("sys.platform", platform)
    assert policy_path() == Path(expected)


def test_no_file_is_an_empty_policy_without_problems(tmp_path: Path) -> None:
    policy = load_policy(tmp_path / "absent.toml")
    assert not policy.exists and policy.problems == []
    assert all(policy.value(k) is None and not policy.locked(k) for k in KEYS)


def test_load_policy_without_a_path_reads_the_environment_variable(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = write(tmp_path, '[locked]\nserver_url = "https://register.example.nl"\n')
    monkeypatch.setenv("BEKWAAM_POLICY", str(path))
    policy = load_policy()
    assert policy.path == path and policy.locked("server_url")


# --- what a good file sets ------------------------------------------------------------------------

def test_the_example_file_in_packaging_is_clean_and_sets_what_it_says() -> None:
    example = Path(__file__).resolve().parents[2] / "packaging" / "policy.example.toml"
    policy = load_policy(example)
    assert policy.exists and policy.problems == []
    assert policy.value("server_url") == "https://register.example.nl" and policy.locked("server_url")
    assert policy.value("sync_interval_minutes") == 30 and not policy.locked("sync_interval_minutes")
    assert policy.value("update_checks") is False and policy.locked("update_checks")


def test_every_setting_in_defaults_and_locked(tmp_path: Path) -> None:
    ca = tmp_path / "school-ca.pem"
    ca.write_text(PEM)
    path = write(tmp_path, f"""\
        [defaults]
        language = "EN"
        sync_interval_minutes = 0
        data_dir = "$HOME/Bekwaam"

        [locked]
        server_url = "https://register.example.nl/"
        proxy = "http://proxy.school.example:3128"
        ca_bundle = "{ca}"
        update_checks = false
        max_evidence_mb = 200
        """)
    policy = load_policy(path)
    assert policy.problems == []
    assert policy.defaults == {"language": "en", "sync_interval_minutes": 0, "data_dir": "$HOME/Bekwaam"}
    assert policy.locked_values == {
        "server_url": "https://register.example.nl",  # trailing slash dropped
        "proxy": "http://proxy.school.example:3128",
        "ca_bundle": str(ca),
        "update_checks": False,
        "max_evidence_mb": 200,
    }
    assert policy.locked("proxy") and not policy.locked("language")


def test_dotted_keys_and_inline_tables_are_the_same_toml(tmp_path: Path) -> None:
    path = write(tmp_path, 'locked.server_url = "https://a.example"\ndefaults = { language = "en" }\n')
    policy = load_policy(path)
    assert policy.problems == []
    assert policy.locked("server_url") and policy.value("language") == "en"


# --- mistakes: named by line, the rest applies ---------------------------------------------------

def test_a_line_that_is_not_toml_is_skipped_and_the_rest_applies(tmp_path: Path) -> None:
    path = write(tmp_path, """\
        [locked]
        server_url = "https://register.example.nl"
        proxy = http://proxy:3128
        update_checks = false
        """)
    policy = load_policy(path)
    assert problems_by_line(policy) == {3: "syntax"}
    assert policy.locked("server_url") and policy.value("update_checks") is False
    assert policy.value("proxy") is None
    message = policy.problems[0]
    assert message.message("en").startswith("Line 3: this is not valid TOML")
    assert message.message("nl").startswith("Regel 3: dit is geen geldige TOML")


def test_a_broken_table_header_skips_its_table_rather_than_moving_its_keys(tmp_path: Path) -> None:
    path = write(tmp_path, """\
        [defaults]
        language = "en"
        [locked
        server_url = "https://register.example.nl"
        [locked]
        update_checks = false
        """)
    policy = load_policy(path)
    assert problems_by_line(policy) == {3: "syntax"}
    assert "table header" in policy.problems[0].message("en")
    # The server address must not turn into a changeable default under [defaults].
    assert policy.value("server_url") is None
    assert policy.value("language") == "en" and policy.locked("update_checks")


@pytest.mark.parametrize(
    ("body", "line", "code", "key"),
    [
        ('[defaults]\nsync_interval_minutes = "30"\n', 2, "wrong_type", "sync_interval_minutes"),
        ("[defaults]\nupdate_checks = 0\n", 2, "wrong_type", "update_checks"),
        ("[defaults]\nmax_evidence_mb = true\n", 2, "wrong_type", "max_evidence_mb"),
        ("[defaults]\nmax_evidence_mb = 12.5\n", 2, "wrong_type", "max_evidence_mb"),
        ("[locked]\nserver_url = 12\n", 2, "wrong_type", "server_url"),
        ('[defaults]\nlanguage = "de"\n', 2, "bad_value", "language"),
        ('\n[locked]\nserver_url = "http://register.example.nl"\n', 3, "bad_value", "server_url"),
        ('[locked]\nserver_url = "https://jan:geheim@register.example.nl"\n', 2, "bad_value", "server_url"),
        ('[locked]\nserver_url = "register.example.nl"\n', 2, "bad_value", "server_url"),
        ('[locked]\nproxy = "ftp://proxy:21"\n', 2, "bad_value", "proxy"),
        ('[locked]\nproxy = "http://proxy:notaport"\n', 2, "bad_value", "proxy"),
        ("[defaults]\nsync_interval_minutes = 3\n", 2, "bad_value", "sync_interval_minutes"),
        ("[defaults]\nsync_interval_minutes = 1441\n", 2, "bad_value", "sync_interval_minutes"),
        ("[defaults]\nmax_evidence_mb = 0\n", 2, "bad_value", "max_evidence_mb"),
        ('[defaults]\ndata_dir = "Bekwaam"\n', 2, "bad_value", "data_dir"),
        ('[defaults]\ndata_dir = ""\n', 2, "bad_value", "data_dir"),
        ('[locked]\nca_bundle = "/nonexistent/ca.pem"\n', 2, "bad_value", "ca_bundle"),
        ('[defaults]\ncolour = "blue"\n', 2, "unknown_key", "colour"),
        ('# comment\n[general]\nlanguage = "en"\n', 2, "unknown_table", "general"),
        ('language = "en"\n', 1, "top_level_key", "language"),
        ('locked = ["server_url"]\n', 1, "not_a_table", "locked"),
        ('[defaults]\nlanguage = "en"\n[locked]\nlanguage = "nl"\n', 2, "defaults_and_locked", "language"),
    ],
)
def test_each_mistake_is_named_with_its_line(body: str, line: int, code: str, key: str, tmp_path: Path) -> None:
    policy = load_policy(write(tmp_path, body))
    assert [(p.line, p.code, p.key) for p in policy.problems] == [(line, code, key)]
    nl, en = policy.problems[0].message("nl"), policy.problems[0].message("en")
    assert nl.startswith(f"Regel {line}: ") and en.startswith(f"Line {line}: ") and nl != en
    assert key in en


def test_a_wrong_value_is_ignored_the_others_apply(tmp_path: Path) -> None:
    policy = load_policy(write(tmp_path, '[locked]\nmax_evidence_mb = -1\nserver_url = "https://r.example"\n'))
    assert policy.value("max_evidence_mb") is None and not policy.locked("max_evidence_mb")
    assert policy.value("server_url") == "https://r.example"


def test_a_file_that_is_not_a_certificate_is_refused_as_ca_bundle(tmp_path: Path) -> None:
    not_pem = tmp_path / "ca.der"
    not_pem.write_bytes(b"\x30\x82\x01\x0a")
    policy = load_policy(write(tmp_path, f'[locked]\nca_bundle = "{not_pem}"\n'))
    assert [p.code for p in policy.problems] == ["bad_value"]
    assert "PEM" in policy.problems[0].message("en")


def test_a_duplicated_key_keeps_the_first_and_names_the_second(tmp_path: Path) -> None:
    policy = load_policy(write(tmp_path, '[locked]\nserver_url = "https://a.example"\nserver_url = "https://b.example"'))
    assert problems_by_line(policy) == {3: "syntax"}
    assert policy.value("server_url") == "https://a.example"


def test_an_unclosed_array_at_the_end(tmp_path: Path) -> None:
    policy = load_policy(write(tmp_path, '[locked]\nserver_url = "https://a.example"\nproxy = [\n'))
    assert [p.code for p in policy.problems] == ["syntax"]
    assert policy.value("server_url") == "https://a.example"


def test_byte_order_marks_and_powershell_utf16_are_read(tmp_path: Path) -> None:
    text = '[locked]\r\nserver_url = "https://register.example.nl"\r\n'
    for i, data in enumerate([b"\xef\xbb\xbf" + text.encode(), text.encode("utf-16")]):
        path = tmp_path / f"p{i}.toml"
        path.write_bytes(data)
        policy = load_policy(path)
        assert policy.problems == [] and policy.locked("server_url"), i


def test_a_file_that_is_not_utf8_is_named_with_the_line(tmp_path: Path) -> None:
    path = tmp_path / "p.toml"
    path.write_bytes('[defaults]\nlanguage = "en"\n# Caf\xe9\n'.encode("latin-1"))
    policy = load_policy(path)
    assert [(p.line, p.code) for p in policy.problems] == [(3, "encoding")]
    assert policy.value("language") is None


def test_a_folder_and_a_huge_file_are_problems_not_crashes(tmp_path: Path) -> None:
    folder = tmp_path / "policy.toml"
    folder.mkdir()
    assert [p.code for p in load_policy(folder).problems] == ["unreadable"]
    huge = tmp_path / "huge.toml"
    huge.write_bytes(b"# " + b"x" * MAX_POLICY_BYTES + b"\n")
    assert [p.code for p in load_policy(huge).problems] == ["too_large"]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file")
def test_an_unreadable_file_is_a_problem(tmp_path: Path) -> None:
    path = write(tmp_path, "[defaults]\n")
    path.chmod(0)
    assert [p.code for p in load_policy(path).problems] == ["unreadable"]


def test_garbage_is_ignored_entirely_with_problems(tmp_path: Path) -> None:
    path = tmp_path / "p.toml"
    path.write_text("\n".join(["}{ nonsense ] [", "=== ===", '"""', "[[[", "x = "] * 20))
    policy = load_policy(path)
    assert policy.problems and all(p.code == "syntax" for p in policy.problems)
    assert policy.defaults == {} and policy.locked_values == {}


_LINE = st.one_of(
    st.sampled_from([
        "[defaults]", "[locked]", "[locked", "[[x]]", 'language = "en"', "language = 1",
        'server_url = "https://r.example"', "update_checks = false", "update_checks = [", "]",
        'proxy = """', "max_evidence_mb = 10", 'defaults.language = "nl"', "# comment", "",
        "sync_interval_minutes = 30", "a.b.c = {", "x = 'y", "\ufeff", "locked = 3",
    ]),
    st.text(max_size=30),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_LINE, max_size=25))
def test_no_file_content_makes_loading_raise(tmp_path_factory: pytest.TempPathFactory, lines: list[str]) -> None:
    path = tmp_path_factory.mktemp("fuzz") / "policy.toml"
    text = "\n".join(lines)
    path.write_bytes(text.encode("utf-8", "surrogatepass"))  # a lone surrogate makes the file invalid UTF-8
    policy = load_policy(path)
    for p in policy.problems:
        assert p.message("nl") and p.message("en")
        assert p.line is None or 1 <= p.line <= text.count("\n") + 1
    for key in KEYS:
        policy.value(key)
