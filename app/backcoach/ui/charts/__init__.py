"""Progress charts. The pyqtgraph modules here are imported only when the Progress screen
first opens (pyqtgraph costs ~0.5 s to import); ``colours`` stays free of it."""
