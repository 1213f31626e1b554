"""The public API is typed: py.typed ships with the package, and every public callable is annotated."""

from __future__ import annotations

import inspect
from importlib import resources

import azcal


def test_the_package_says_it_is_typed() -> None:
    assert resources.files("azcal").joinpath("py.typed").is_file()


def test_every_public_function_and_method_is_annotated() -> None:
    unannotated = []
    for name in azcal.__all__:
        value = getattr(azcal, name)
        members = [(name, value)] if inspect.isfunction(value) else []
        if inspect.isclass(value):
            members += [
                (f"{name}.{attr}", member)
                for attr, member in vars(value).items()
                if inspect.isfunction(member) and (not attr.startswith("_") or attr == "__init__")
            ]
        for label, function in members:
            signature = inspect.signature(function)
            params = [p for p in signature.parameters.values() if p.name not in ("self", "cls")]
            bare_params = any(p.annotation is inspect.Parameter.empty for p in params)
            bare_return = signature.return_annotation is inspect.Signature.empty and not label.endswith("__init__")
            if bare_params or bare_return:
                unannotated.append(label)
    assert unannotated == [], unannotated
