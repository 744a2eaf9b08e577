"""Errors raised by the identifier validators.

Every class is a `ValueError` (through `ValidationError`) and also a subclass of the matching
python-stdnum exception, so callers may catch either family.

>>> issubclass(InvalidChecksum, ValueError)
True
>>> import stdnum.exceptions
>>> issubclass(InvalidLength, stdnum.exceptions.InvalidFormat)
True
"""

from __future__ import annotations

import stdnum.exceptions as _std

__all__ = ["InvalidChecksum", "InvalidComponent", "InvalidFormat", "InvalidLength", "ValidationError"]


class ValidationError(_std.ValidationError):
    """Top-level error: the number is not valid."""

    message = "Le numéro n'est pas valide."


class InvalidFormat(ValidationError, _std.InvalidFormat):
    """Characters that are not allowed, or a required part is missing."""

    message = "Le numéro contient des caractères inattendus."


class InvalidChecksum(ValidationError, _std.InvalidChecksum):
    """The check digit(s) do not match."""

    message = "La clé de contrôle du numéro est fausse."


class InvalidLength(InvalidFormat, _std.InvalidLength):
    """The number has the wrong length."""

    message = "Le numéro n'a pas la bonne longueur."


class InvalidComponent(ValidationError, _std.InvalidComponent):
    """One part of the number (sex, month, department, insurer...) is not possible."""

    message = "Une partie du numéro est impossible."


def translate(error: _std.ValidationError) -> ValidationError:
    """Map a python-stdnum exception onto ours (used when wrapping stdnum modules)."""
    if isinstance(error, _std.InvalidLength):
        return InvalidLength()
    if isinstance(error, _std.InvalidFormat):
        return InvalidFormat()
    if isinstance(error, _std.InvalidChecksum):
        return InvalidChecksum()
    if isinstance(error, _std.InvalidComponent):
        return InvalidComponent()
    return ValidationError()
