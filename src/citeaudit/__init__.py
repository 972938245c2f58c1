"""citeaudit: who says what in a news article, and what rests on nobody."""

__version__ = "0.1.0"
