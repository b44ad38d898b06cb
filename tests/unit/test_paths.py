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


def test_existing_open_folder_is_made_private(tmp_path):
    folder = tmp_path / "open"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    ensure_private_dir(folder)
    assert mode(folder) == 0o700


def test_private_file_is_0600_even_with_permissive_umask(tmp_path):
    import os

    old = os.umask(0)
    try:
        path = create_private_file(tmp_path / "f.db")
    finally:
        os.umask(old)
    assert mode(path) == app_paths.PRIVATE_FILE_MODE
