"""Het register als Excel-bestand (.xlsx)."""

from agressie_cli.opslag.excel.opslag import ExcelOpslag

__all__ = ["ExcelOpslag"]
