// The desk works without JavaScript; with it, NHS.UK frontend's components start, and the
// procedure list filters as you type.
import { initAll } from "./nhsuk/nhsuk-frontend.min.js";

initAll();
const search = document.querySelector("[data-filter]");
const table = search && document.getElementById(search.dataset.filter);
if (table) {
  search.addEventListener("input", () => {
    const words = search.value.trim().toLowerCase();
    for (const row of table.tBodies[0].rows) {
      row.hidden = words !== "" && !row.dataset.search.includes(words);
    }
  });
}
