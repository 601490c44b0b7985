"""agressie: het agressieprotocol (Veilige Publieke Taak) van een gemeente, als opdrachtregel-gereedschap.

De modules naast dit bestand kennen geen Typer en zijn vanuit Python te gebruiken:
datums, instellingen, profiel, register, personen, advies, termijnen, brieven, rapport.
"""

__version__ = "0.1.0"
