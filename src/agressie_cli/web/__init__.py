"""De webvoorkant (3.5): dezelfde handelingen als de opdrachtregel, voor elke rol van het protocol in de browser.

Server-gerenderde HTML (Starlette, Jinja2 met autoescape), geen JavaScript nodig. Lagen: web -> handelingen; web
bevat geen regel van het protocol, alleen formulieren, rollen en weergave. Zie app.py voor de opbouw."""
