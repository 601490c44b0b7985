"""Het kwartaaloverzicht voor het MT (Excel)."""
