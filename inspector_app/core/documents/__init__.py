"""Official documents (文书): drafting, rendering to PDF, numbering and issuing. No Qt here."""

from inspector_app.core.documents.service import Documents

__all__ = ["Documents"]
