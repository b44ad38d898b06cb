"""Standard-library modules that peewee imports but nothing uses until later: made when first used, not at start.

peewee imports ``socket``, ``hashlib``, ``uuid`` and ``calendar`` when it is imported (for database servers, hashing
SQL functions, UUID fields and timestamps), and ``uuid`` brings ``platform``, ``socket`` brings ``selectors``; none of
them is used by the window's first paint, and they cost ~8 ms CPU of every start (``hashlib`` loads OpenSSL, 4 MiB
of the peak memory too; issue 21). :func:`defer_modules` puts a placeholder for each in ``sys.modules`` before peewee
is imported: ``import socket`` binds the placeholder, and the module's code runs in it — the same object, so every
module that imported it sees the real one — the first time any of its attributes is read (``socket.socket``, a
``from socket import …``). This is :class:`importlib.util.LazyLoader`'s mechanism, except that reading ``__spec__``
(which every ``import`` statement does in Python 3.11) does not load the module.

Only modules no one has imported yet are deferred, and only plain (non-package) modules of the standard library that
need no set-up order. A module loads at most once, under a lock, so two threads reading it first both see it whole.
"""

from __future__ import annotations

import importlib.util
import sys
import threading
import types

# peewee's eager imports that Rapport's start does not use (see the module docstring), and what they import in turn
DEFERRED = ("socket", "selectors", "hashlib", "uuid", "platform", "calendar")

# What the import system and introspection read of a module without using it: these never load it
_UNLOADED_READS = frozenset(
    {"__spec__", "__name__", "__loader__", "__package__", "__file__", "__cached__", "__class__"}
)
_lock = threading.RLock()
_running: set[int] = set()  # ids of the deferred modules whose code is running now (their own reads go through)


class DeferredModule(types.ModuleType):
    """A module whose code runs in it the first time one of its attributes is read."""

    def __getattribute__(self, name: str):
        if name not in _UNLOADED_READS:
            load(self)
        return types.ModuleType.__getattribute__(self, name)

    def __setattr__(self, name: str, value) -> None:
        load(self)  # someone setting an attribute (a test's monkeypatch) means to change the real module
        types.ModuleType.__setattr__(self, name, value)

    def __delattr__(self, name: str) -> None:
        load(self)
        types.ModuleType.__delattr__(self, name)


def load(module: types.ModuleType) -> None:
    """Run a deferred module's code in it now (nothing when it already ran). The module stays deferred until its
    code has run to the end, so another thread reading it meanwhile waits here instead of finding it half made; its
    own code (and the modules it imports, as in any circular import) reads it as it is being made."""
    if type(module) is not DeferredModule:
        return
    with _lock:
        if type(module) is not DeferredModule or id(module) in _running:
            return
        spec = object.__getattribute__(module, "__spec__")
        _running.add(id(module))
        try:
            spec.loader.exec_module(module)
        finally:
            _running.discard(id(module))
        object.__setattr__(module, "__class__", types.ModuleType)  # only once whole; after a failure it stays deferred


def defer_modules(names: tuple[str, ...] = DEFERRED) -> list[str]:
    """Put a deferred placeholder in ``sys.modules`` for each of ``names`` not imported yet; returns those deferred.
    A name that is a package, or that cannot be found, is left to the normal import."""
    deferred = []
    for name in names:
        if name in sys.modules:
            continue
        spec = importlib.util.find_spec(name)
        if spec is None or spec.loader is None or spec.submodule_search_locations is not None:
            continue
        module = importlib.util.module_from_spec(spec)
        object.__setattr__(module, "__class__", DeferredModule)
        sys.modules[name] = module
        deferred.append(name)
    return deferred


def is_deferred(module: object) -> bool:
    """Whether ``module`` is a placeholder whose code has not run yet."""
    return type(module) is DeferredModule
