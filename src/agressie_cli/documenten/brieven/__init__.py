"""Brieven: sjablonen vinden en controleren, de waarden voor het sjabloon, vullen, PDF, en de brief als maatregel."""
