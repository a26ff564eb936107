"""The Progress screen. Importing it loads no pyqtgraph: the charts come on first show."""
