"""agressie: het agressieprotocol (Veilige Publieke Taak) van een gemeente, als opdrachtregel-gereedschap.

Vier lagen (zie CONTRIBUTING.md): domein/ (de regels, vanuit Python te gebruiken), opslag/ (het register),
documenten/ (brieven en rapport) en cli/ (de opdrachtregel).
"""

__version__ = "0.1.0"
