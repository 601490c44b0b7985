"""Documenten die agressie maakt: brieven (DOCX/PDF) en het kwartaalrapport (Excel). Importeert alleen het domein."""
