"""Main-window pages. Each page is a QWidget subclass of `Page`, listed in registry.PAGES."""
