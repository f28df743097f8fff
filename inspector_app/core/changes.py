"""What a changing method returns: which tables and rows it touched."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class OpChanges:
    """Like Anki's OpChanges: lets views decide whether to refresh."""

    tables: set[str] = field(default_factory=set)
    ids: list[str] = field(default_factory=list)

    def add(self, table: str, row_id: str | None = None) -> "OpChanges":
        self.tables.add(table)
        if row_id:
            self.ids.append(row_id)
        return self

    def merge(self, other: "OpChanges") -> "OpChanges":
        self.tables |= other.tables
        self.ids.extend(other.ids)
        return self

    @property
    def id(self) -> str | None:
        """The id of the first row created or changed (convenience for single-row methods)."""
        return self.ids[0] if self.ids else None
