"""app.models loads some model modules when their names are first read (issue 21): every exported name still
resolves, to the object its own module defines, and ALL_MODELS lists every model module's tables."""

import importlib
import subprocess
import sys

import app.models as models


def test_every_exported_name_resolves_to_its_module_s_object():
    for name in models.__all__:
        value = getattr(models, name)
        module = getattr(value, "__module__", None)
        if isinstance(value, type) and module and module.startswith("app.models."):
            assert getattr(importlib.import_module(module), name) is value, name


def test_the_lazy_modules_load_only_when_named():
    script = (
        "import sys, app.models as m\n"
        "late = ['app.models.' + n for n in ('opportunity', 'sync', 'template', 'research', 'contact_image',"
        " 'search_index')]\n"
        "print(sorted(n for n in late if n in sys.modules))\n"
        "m.Opportunity; len(m.ALL_MODELS)\n"
        "print(sorted(n for n in late if n in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout.split("\n")
    assert out[0] == "[]"
    assert out[1].count("app.models.") == 6
