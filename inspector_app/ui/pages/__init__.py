"""Main-window pages. Each page is a QWidget subclass of `Page`, registered in main_window.PAGES."""
