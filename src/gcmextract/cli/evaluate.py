"""STUB: `gcmextract evaluate` command module (to be implemented)."""

from __future__ import annotations
