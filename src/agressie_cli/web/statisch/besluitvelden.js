// 3.5: toont bij de brief en de maatregel alleen de velden van de gekozen soort (data-soorten, uit het profiel).
// Zonder JavaScript doet de knop "Velden voor deze soort tonen" hetzelfde via de server.
document.querySelectorAll("select[data-soortkeuze]").forEach(function (keuze) {
  var formulier = keuze.form;
  function toon() {
    formulier.querySelectorAll("[data-soorten]").forEach(function (veld) {
      veld.hidden = veld.getAttribute("data-soorten").split(" ").indexOf(keuze.value) < 0;
    });
  }
  formulier.querySelectorAll(".zonder-script").forEach(function (knop) {
    knop.hidden = true;
  });
  keuze.addEventListener("change", toon);
  toon();
});
