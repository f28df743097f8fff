"""PySide6 widgets, models, dialogs and workers. Reaches data only through inspector_app.core."""
