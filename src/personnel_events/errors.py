"""Errors raised by personnel_events. Each also subclasses the builtin it refines."""

from __future__ import annotations


class PersonnelEventsError(Exception):
    """Base class of every error this library raises."""


class InvalidInputError(PersonnelEventsError, TypeError):
    """The text given to ``parse`` is not a ``str``."""


class InvalidDateError(PersonnelEventsError, ValueError):
    """A ``published`` value that is not a date, a datetime or an ISO date string."""


class PipelineError(PersonnelEventsError, ValueError):
    """A pipeline that cannot be built: unknown or duplicate stage names, unmet requirements."""


class ModelsNotFound(PersonnelEventsError, FileNotFoundError):
    """An optional backend's models are not on disk."""


class DataFileError(PersonnelEventsError, ValueError):
    """A row of a data file (a lexicon or pattern table) that cannot be read:
    the message names the file, the line and what is wrong."""


class BackendNotInstalled(PersonnelEventsError, ImportError):
    """An optional backend's package is not installed; the message gives the command."""


class WorkerSetupError(PersonnelEventsError, RuntimeError):
    """Worker processes of ``parse_many`` could not set themselves up: the
    pipeline's set-up raised in them, or they kept dying before giving back any
    result."""
