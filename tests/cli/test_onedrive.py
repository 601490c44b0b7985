"""3.6: een register in OneDrive/SharePoint/Teams: het slot geldt daar per pc, dus agressie waarschuwt."""

from __future__ import annotations

from conftest import maak_gemeente


def test_waarschuwing_onder_onedrive(tmp_path, monkeypatch):
    gemeente = maak_gemeente(tmp_path / "OneDrive - Gemeente Losser", "losser")
    uit = gemeente.run("lijst")
    assert uit.exit_code == 0
    assert "OneDrive, SharePoint of Teams" in uit.output and "netwerkschijf" in uit.output


def test_via_de_omgevingsvariabele_en_niet_op_een_gewone_map(tmp_path, monkeypatch):
    gewoon = maak_gemeente(tmp_path / "gewoon", "losser")
    assert "OneDrive" not in gewoon.run("lijst").output
    monkeypatch.setenv("OneDriveCommercial", str(tmp_path / "gewoon"))
    assert "OneDrive, SharePoint of Teams" in gewoon.run("lijst").output
