import stat

from app import paths as app_paths
from app.paths import DATA_DIR_ENV, create_private_file, ensure_private_dir, resolve_paths


def mode(path):
    return stat.S_IMODE(path.stat().st_mode)


def test_explicit_data_dir_wins_over_environment(tmp_path):
    resolved = resolve_paths(tmp_path / "mine", env={DATA_DIR_ENV: str(tmp_path / "env")})
    assert resolved.data_dir == tmp_path / "mine"
    assert resolved.db_path == tmp_path / "mine" / "rapport.sqlite3"


def test_environment_variable_sets_the_folder_when_no_option(tmp_path):
    resolved = resolve_paths(None, env={DATA_DIR_ENV: str(tmp_path / "env")})
    assert resolved.data_dir == tmp_path / "env"
    assert resolved.backup_dir == tmp_path / "env" / "backups"
    assert resolved.log_dir == tmp_path / "env" / "logs"


def test_custom_folder_is_self_contained(tmp_path):
    resolved = resolve_paths(tmp_path / "d", env={})
    for folder in (resolved.backup_dir, resolved.log_dir, resolved.config_dir):
        assert folder == resolved.data_dir or resolved.data_dir in folder.parents


def test_default_follows_platformdirs_with_app_name(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "xdg-state"))
    resolved = resolve_paths(None, env={})
    assert resolved.data_dir == tmp_path / "xdg-data" / "Rapport"
    assert resolved.log_dir.is_relative_to(tmp_path / "xdg-state" / "Rapport")


def test_empty_option_falls_back_to_environment(tmp_path):
    assert resolve_paths("", env={DATA_DIR_ENV: str(tmp_path)}).data_dir == tmp_path


def test_ensure_creates_private_folders(tmp_path):
    resolved = resolve_paths(tmp_path / "new" / "data", env={}).ensure()
    for folder in (resolved.data_dir, resolved.backup_dir, resolved.log_dir):
        assert folder.is_dir()
        assert mode(folder) == 0o700


def test_an_existing_folder_keeps_its_mode(tmp_path):
    """Issue 19: only folders Rapport creates get its modes (`backup -o /tmp/x` turned a 1777 /tmp into 0700, and a
    data folder someone made 0500 was silently made writable again)."""
    shared, open_, read_only = tmp_path / "shared", tmp_path / "open", tmp_path / "read-only"
    for folder, wanted in ((shared, 0o1777), (open_, 0o755), (read_only, 0o500)):
        folder.mkdir()
        folder.chmod(wanted)
        ensure_private_dir(folder)
        assert mode(folder) == wanted


def test_missing_parents_are_created_private_but_existing_ones_are_left_alone(tmp_path):
    base = tmp_path / "base"
    base.mkdir()
    base.chmod(0o755)
    ensure_private_dir(base / "a" / "b")
    assert mode(base) == 0o755
    assert mode(base / "a") == 0o700 and mode(base / "a" / "b") == 0o700


def test_a_data_folder_that_is_a_file_is_a_plain_error(tmp_path):
    import pytest

    from app.paths import DataFolderError

    (tmp_path / "file").write_text("x")
    with pytest.raises(DataFolderError, match="is a file, not a folder"):
        resolve_paths(tmp_path / "file", env={}).ensure()


def test_a_folder_without_write_bits_is_read_only_even_for_root(tmp_path):
    paths = resolve_paths(tmp_path / "d", env={}).ensure()
    assert not paths.read_only
    paths.data_dir.chmod(0o500)
    try:
        assert paths.read_only
    finally:
        paths.data_dir.chmod(0o700)
    paths.db_path.write_bytes(b"")
    paths.db_path.chmod(0o400)
    assert paths.read_only


def test_private_file_is_0600_even_with_permissive_umask(tmp_path):
    import os

    old = os.umask(0)
    try:
        path = create_private_file(tmp_path / "f.db")
    finally:
        os.umask(old)
    assert mode(path) == app_paths.PRIVATE_FILE_MODE
